package fr.sensiblecity.drafts;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.moderation.LinkScreening;
import fr.sensiblecity.moderation.NewAccounts;
import java.sql.PreparedStatement;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import fr.sensiblecity.moderation.ModerationPermissions;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amending a draft: proposing a new text for a section, re-basing it when the section moved on, discussing and
 * supporting it, and the vote the facilitator runs on it. Opening and closing a vote take the section's row lock,
 * so that one amendment per section is voted at a time and an accepted one always follows the version it was
 * written against.
 */
@Service
public class AmendmentService {

    static final int RATIONALE_MAX = 3000;
    static final int COMMENT_MAX = 3000;

    private final AmendmentRepository amendments;
    private final SectionRepository sections;
    private final DraftRepository drafts;
    private final Participants participants;
    private final BallotBox ballots;
    private final ResidentService residents;
    private final CurrentResident current;
    private final RateLimiter rateLimiter;
    private final NewAccounts newAccounts;
    private final LinkScreening screening;
    private final DraftThresholds thresholds;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ModerationPermissions moderation;
    private final Clock clock;

    AmendmentService(AmendmentRepository amendments, SectionRepository sections, DraftRepository drafts,
            Participants participants, BallotBox ballots, ResidentService residents, CurrentResident current,
            RateLimiter rateLimiter, NewAccounts newAccounts, LinkScreening screening, DraftThresholds thresholds,
            JdbcTemplate jdbc, ApplicationEventPublisher events, AuditTrail audit,
            ModerationPermissions moderation, Clock clock) {
        this.moderation = moderation;
        this.amendments = amendments;
        this.sections = sections;
        this.drafts = drafts;
        this.participants = participants;
        this.ballots = ballots;
        this.residents = residents;
        this.current = current;
        this.rateLimiter = rateLimiter;
        this.newAccounts = newAccounts;
        this.screening = screening;
        this.thresholds = thresholds;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canAmend(authentication, #sectionId)")
    public long proposeAmendment(long sectionId, String text, String rationale) {
        return proposeAmendment(sectionId, 0, text, rationale);
    }

    /**
     * Proposes a text written against the given version of the section (0: the current one). A page that opened
     * its form on an older version says so: the amendment is then stale from the start, and its author re-bases it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canAmend(authentication, #sectionId)")
    public long proposeAmendment(long sectionId, int writtenAgainst, String text, String rationale) {
        long me = me();
        Section section = sections.findById(sectionId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        draft(section.draftId()).requireAmendable();
        int base = writtenAgainst == 0 ? section.currentVersion() : writtenAgainst;
        if (base < 1 || base > section.currentVersion()) {
            throw new NotFound("drafts.error.notFound");
        }
        String body = Texts.required(text, 1, DraftService.SECTION_TEXT_MAX, "drafts.error.sectionText");
        if (body.equals(versionText(section.id(), base))) {
            throw new DomainException("drafts.error.unchanged");
        }
        String why = Texts.required(rationale, 5, RATIONALE_MAX, "drafts.error.rationale");
        rateLimiter.acquire("amendments", me, thresholds.amendmentsPerHour(), Duration.ofHours(1), "drafts.error.rateLimit");
        Amendment saved = amendments.save(new Amendment(section, base, me, body, why, clock.instant()));
        activity(saved);
        return saved.id();
    }

    /** The author rewrites a stale (or any open) amendment against the section's current version. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.isAmendmentAuthor(authentication, #amendmentId)")
    public void rebaseAmendment(long amendmentId, String text, String rationale) {
        Section section = lockSectionOf(amendmentId);
        Amendment amendment = amendment(amendmentId);
        draft(amendment.draftId()).requireAmendable();
        amendment.rebase(section, newText(section, text),
                Texts.required(rationale, 5, RATIONALE_MAX, "drafts.error.rationale"));
        activity(amendment);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.isAmendmentAuthor(authentication, #amendmentId)")
    public void withdrawAmendment(long amendmentId) {
        Amendment amendment = amendment(amendmentId);
        amendment.withdraw(clock.instant());
        activity(amendment);
    }

    /** Returns the new support count. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInAmendment(authentication, #amendmentId)")
    public int supportAmendment(long amendmentId) {
        long me = me();
        Amendment amendment = amendment(amendmentId);
        if (amendment.state().decided()) {
            throw new DomainException("drafts.error.amendmentDecided");
        }
        if (Objects.equals(amendment.authorId(), me)) {
            throw new DomainException("drafts.error.ownAmendment");
        }
        try {
            jdbc.update("insert into amendment_support (amendment_id, resident_id, created_at) values (?, ?, ?)",
                    amendmentId, me, now());
        } catch (DuplicateKeyException already) {
            throw new DomainException("drafts.error.alreadySupported");
        }
        jdbc.update("update amendment set support_count = support_count + 1 where id = ?", amendmentId);
        activity(amendment);
        return supportCount(amendmentId);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInAmendment(authentication, #amendmentId)")
    public int withdrawSupport(long amendmentId) {
        Amendment amendment = amendment(amendmentId);
        if (amendment.state().decided()) {
            throw new DomainException("drafts.error.amendmentDecided");
        }
        if (jdbc.update("delete from amendment_support where amendment_id = ? and resident_id = ?", amendmentId, me()) == 1) {
            jdbc.update("update amendment set support_count = support_count - 1 where id = ?", amendmentId);
        }
        activity(amendment);
        return supportCount(amendmentId);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInAmendment(authentication, #amendmentId)")
    public void commentAmendment(long amendmentId, String text) {
        long me = me();
        Amendment amendment = amendment(amendmentId);
        if (amendment.state().decided()) {
            throw new DomainException("drafts.error.amendmentDecided");
        }
        String body = Texts.required(text, 2, COMMENT_MAX, "drafts.error.comment");
        newAccounts.requireOldEnough(me);
        rateLimiter.acquire("draft-comments", me, thresholds.commentsPerMinute(), Duration.ofMinutes(1), "drafts.error.rateLimit");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into amendment_comment (amendment_id, "
                    + "author_id, body, created_at) values (?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, amendmentId);
            insert.setLong(2, me);
            insert.setString(3, body);
            insert.setObject(4, now());
            return insert;
        }, key);
        // A comment held for its links counts once a moderator approves it (ModeratedDraftComments).
        if (!screening.holdIfManyLinks(DraftContent.AMENDMENT_COMMENT, key.getKey().longValue(), body)) {
            jdbc.update("update amendment set comment_count = comment_count + 1 where id = ?", amendmentId);
        }
        activity(amendment);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void openAmendmentVote(long amendmentId) {
        Section section = lockSectionOf(amendmentId);
        draft(section.draftId()).requireAmendable();
        if (!amendments.findBySectionIdAndState(section.id(), AmendmentState.VOTING).isEmpty()) {
            throw new DomainException("drafts.error.sectionBusy");
        }
        Amendment amendment = amendments.lock(amendmentId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        amendment.openVote(section);
        audit.append(current.id().orElse(null), "AMENDMENT_VOTE_OPENED", "AMENDMENT", amendmentId, section.title());
        activity(amendment);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInAmendment(authentication, #amendmentId)")
    public String voteAmendment(long amendmentId, Choice choice) {
        long me = me();
        Amendment amendment = amendments.lock(amendmentId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        amendment.requireVoting();
        if (!participants.ofSection(amendment.draftId(), amendment.sectionId()).contains(me)) {
            throw new DomainException("drafts.error.notInGroup");
        }
        String receipt = ballots.cast(amendment.draftId(), BallotBox.Subject.A, amendmentId, me, choice)
                .orElseThrow(() -> new DomainException("drafts.error.alreadyVoted"));
        activity(amendment);
        return BallotBox.display(receipt);
    }

    /** Closes the vote; an accepted amendment becomes the section's next version. Returns whether it was accepted. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public boolean closeAmendmentVote(long amendmentId) {
        Section section = lockSectionOf(amendmentId);
        Amendment amendment = amendments.lock(amendmentId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        Draft draft = draft(amendment.draftId());
        Tally tally = ballots.count(BallotBox.Subject.A, amendmentId,
                participants.ofSection(draft.id(), section.id()).size());
        boolean accepted = draft.amendmentRule().passes(tally) && !amendment.staleAgainst(section);
        amendment.close(tally, accepted, clock.instant());
        ballots.seal(draft.id(), BallotBox.Subject.A, amendmentId);
        audit.append(current.id().orElse(null), "AMENDMENT_VOTE_CLOSED", "AMENDMENT", amendmentId,
                counts(AuditDetails.of().label(accepted ? "audit.value.accepted" : "audit.value.rejected"), tally));
        if (accepted) {
            int next = section.advance();
            jdbc.update("insert into draft_section_version (section_id, number, body, amendment_id, created_at) "
                    + "values (?, ?, ?, ?, ?)", section.id(), next, amendment.body(), amendmentId, now());
        }
        activity(amendment);
        events.publishEvent(new AmendmentDecided(draft.id(), amendmentId, amendment.authorId(), accepted, section.title()));
        return accepted;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<AmendmentDetails> amendmentsOf(long draftId) {
        List<Amendment> all = amendments.findByDraftIdOrderByCreatedAtDescIdDesc(draftId);
        Map<Long, Section> bySection = new java.util.HashMap<>();
        sections.findByDraftIdOrderByPosition(draftId).forEach(section -> bySection.put(section.id(), section));
        Set<Long> supported = new HashSet<>(current.id().map(me -> jdbc.queryForList("select s.amendment_id from "
                + "amendment_support s join amendment a on a.id = s.amendment_id where a.draft_id = ? and s.resident_id = ?",
                Long.class, draftId, me)).orElse(List.of()));
        Map<Long, String> names = residents.displayNamesOf(all.stream().map(Amendment::authorId)
                .filter(Objects::nonNull).toList());
        return all.stream().map(amendment -> details(amendment, bySection.get(amendment.sectionId()), names,
                supported.contains(amendment.id()), false)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canReadAmendment(authentication, #amendmentId)")
    public AmendmentDetails findAmendment(long amendmentId) {
        Amendment amendment = amendment(amendmentId);
        Section section = sections.findById(amendment.sectionId()).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        boolean supported = current.id().map(me -> !jdbc.queryForList("select 1 from amendment_support where "
                + "amendment_id = ? and resident_id = ?", Integer.class, amendmentId, me).isEmpty()).orElse(false);
        Map<Long, String> names = residents.displayNamesOf(amendment.authorId() == null ? List.of()
                : List.of(amendment.authorId()));
        return details(amendment, section, names, supported, true);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canReadAmendment(authentication, #amendmentId)")
    public List<DiscussionEntry> commentsOn(long amendmentId) {
        record Row(long id, @Nullable Long authorId, String body, Instant at, boolean hidden, @Nullable String reason) {
        }
        boolean moderator = moderation.canModerate(SecurityContextHolder.getContext().getAuthentication());
        Long me = current.id().orElse(null);
        List<Row> rows = jdbc.query("select id, author_id, body, created_at, hidden, hidden_reason from amendment_comment "
                + "where amendment_id = ? order by created_at, id", (rs, row) -> new Row(rs.getLong(1),
                rs.getObject(2, Long.class), rs.getString(3), rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getBoolean(5), rs.getString(6)), amendmentId);
        Map<Long, String> names = residents.displayNamesOf(rows.stream().map(Row::authorId).filter(Objects::nonNull)
                .toList());
        return rows.stream().filter(row -> HiddenMarks.listedFor(row.reason(), moderator,
                me != null && me.equals(row.authorId()))).map(row -> {
                    boolean mine = me != null && me.equals(row.authorId());
                    return new DiscussionEntry(row.id(), amendmentId,
                            row.authorId() == null ? null : names.get(row.authorId()), null,
                            HiddenMarks.textShownTo(row.hidden(), row.reason(), moderator, mine) ? row.body() : "",
                            row.at(), row.hidden(), row.reason(), mine);
                }).toList();
    }

    private AmendmentDetails details(Amendment amendment, Section section, Map<Long, String> names, boolean supported,
            boolean withOwnChoice) {
        String baseText = versionText(section.id(), amendment.baseVersion());
        String currentText = amendment.baseVersion() == section.currentVersion() ? baseText
                : versionText(section.id(), section.currentVersion());
        boolean voted = withOwnChoice && current.id().map(me -> ballots.hasVoted(amendment.draftId(),
                BallotBox.Subject.A, amendment.id(), me)).orElse(false);
        return new AmendmentDetails(amendment.id(), amendment.draftId(), section.id(), section.title(),
                amendment.authorId(), amendment.authorId() == null ? null : names.get(amendment.authorId()),
                amendment.baseVersion(), section.currentVersion(), baseText, currentText, amendment.body(), amendment.rationale(),
                amendment.state(), amendment.supportCount(), amendment.commentCount(),
                ballots.turnout(BallotBox.Subject.A, amendment.id()), amendment.tally(), amendment.createdAt(), supported,
                voted);
    }

    private String newText(Section section, String text) {
        String body = Texts.required(text, 1, DraftService.SECTION_TEXT_MAX, "drafts.error.sectionText");
        if (body.equals(versionText(section.id(), section.currentVersion()))) {
            throw new DomainException("drafts.error.unchanged");
        }
        return body;
    }

    private String versionText(long sectionId, int number) {
        return jdbc.queryForList("select body from draft_section_version where section_id = ? and number = ?",
                String.class, sectionId, number).stream().findFirst().orElse("");
    }

    /** Locks the amendment's section before the amendment is read, so that what is read under the lock is fresh. */
    private Section lockSectionOf(long amendmentId) {
        Long sectionId = jdbc.queryForList("select section_id from amendment where id = ?", Long.class, amendmentId)
                .stream().findFirst().orElseThrow(() -> new NotFound("drafts.error.notFound"));
        return sections.lock(sectionId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    /** A vote's result for the audit trail: for, against, abstentions, and how many could vote. */
    static AuditDetails counts(AuditDetails details, Tally tally) {
        return details.count(tally.forVotes()).count(tally.against()).count(tally.abstain()).count(tally.electorate());
    }

    private int supportCount(long amendmentId) {
        return jdbc.queryForObject("select support_count from amendment where id = ?", Integer.class, amendmentId);
    }

    private void activity(Amendment amendment) {
        events.publishEvent(new DraftActivity(amendment.draftId(), amendment.id(), DraftActivity.Kind.AMENDMENT));
    }

    private Amendment amendment(long amendmentId) {
        return amendments.findById(amendmentId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    private long me() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
