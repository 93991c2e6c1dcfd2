package fr.sensiblecity.drafts;

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
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerifiedAction;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The public consultation: residents and organisations comment the published draft section by section. */
@Service
public class ConsultationService {

    private final JdbcTemplate jdbc;
    private final CurrentResident current;
    private final ResidentService residents;
    private final RateLimiter rateLimiter;
    private final NewAccounts newAccounts;
    private final LinkScreening screening;
    private final DraftThresholds thresholds;
    private final ApplicationEventPublisher events;
    private final ModerationPermissions moderation;
    private final Clock clock;
    private final ResidencyCheck residency;
    private final Participants participants;

    ConsultationService(JdbcTemplate jdbc, CurrentResident current, ResidentService residents, RateLimiter rateLimiter,
            NewAccounts newAccounts, LinkScreening screening, DraftThresholds thresholds,
            ApplicationEventPublisher events, ModerationPermissions moderation, Clock clock, ResidencyCheck residency,
            Participants participants) {
        this.moderation = moderation;
        this.residency = residency;
        this.participants = participants;
        this.jdbc = jdbc;
        this.current = current;
        this.residents = residents;
        this.rateLimiter = rateLimiter;
        this.newAccounts = newAccounts;
        this.screening = screening;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
    }

    /** A comment on one section, optionally on behalf of an organisation. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canCommentConsultation(authentication, #draftId)")
    public void commentSection(long draftId, long sectionId, @Nullable String organisation, String text) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (jdbc.queryForList("select id from draft_section where id = ? and draft_id = ?", Long.class, sectionId, draftId)
                .isEmpty()) {
            throw new NotFound("drafts.error.notFound");
        }
        // A panel's draft belongs to the panel's territory; an open process names none, so no territory's rule applies.
        Long panelId = jdbc.queryForObject("select panel_id from draft where id = ?", Long.class, draftId);
        if (panelId != null) {
            participants.panel(panelId).ifPresent(panel -> residency.require(me, panel.territoryId(),
                    VerifiedAction.CONSULTATION_COMMENT));
        }
        String body = Texts.required(text, 2, AmendmentService.COMMENT_MAX, "drafts.error.comment");
        String onBehalf = Texts.optional(organisation, 160, "drafts.error.organisation");
        newAccounts.requireOldEnough(me);
        rateLimiter.acquire("consultation", me, thresholds.consultationCommentsPerMinute(), Duration.ofMinutes(1), "drafts.error.rateLimit");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into consultation_comment (draft_id, "
                    + "section_id, author_id, organisation, body, created_at) values (?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setLong(1, draftId);
            insert.setLong(2, sectionId);
            insert.setLong(3, me);
            insert.setString(4, onBehalf);
            insert.setString(5, body);
            insert.setObject(6, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return insert;
        }, key);
        screening.holdIfManyLinks(DraftContent.CONSULTATION_COMMENT, key.getKey().longValue(), body);
        events.publishEvent(new DraftActivity(draftId, sectionId, DraftActivity.Kind.CONSULTATION));
    }

    /** Every comment (a hidden one with its public reason), grouped by section in the draft's order, oldest first within a section. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public Map<Long, List<DiscussionEntry>> commentsBySection(long draftId) {
        record Row(long id, long sectionId, @Nullable Long authorId, @Nullable String organisation, String body,
                java.time.Instant at, boolean hidden, @Nullable String hiddenReason) {
        }
        boolean moderator = moderation.canModerate(SecurityContextHolder.getContext().getAuthentication());
        Long me = current.id().orElse(null);
        List<Row> rows = jdbc.query("select c.id, c.section_id, c.author_id, c.organisation, c.body, c.created_at, "
                + "c.hidden, c.hidden_reason "
                + "from consultation_comment c join draft_section s on s.id = c.section_id where c.draft_id = ? "
                + "order by s.position, c.created_at, c.id", (rs, row) -> new Row(rs.getLong(1), rs.getLong(2),
                rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getBoolean(7), rs.getString(8)), draftId);
        Map<Long, String> names = residents.displayNamesOf(rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        Map<Long, List<DiscussionEntry>> grouped = new LinkedHashMap<>();
        jdbc.queryForList("select id from draft_section where draft_id = ? order by position", Long.class, draftId)
                .forEach(section -> grouped.put(section, new java.util.ArrayList<>()));
        for (Row row : rows) {
            boolean mine = me != null && me.equals(row.authorId());
            if (HiddenMarks.listedFor(row.hiddenReason(), moderator, mine)) {
                grouped.get(row.sectionId()).add(new DiscussionEntry(row.id(), row.sectionId(),
                        row.authorId() == null ? null : names.get(row.authorId()), row.organisation(),
                        HiddenMarks.textShownTo(row.hidden(), row.hiddenReason(), moderator, mine) ? row.body() : "",
                        row.at(), row.hidden(), row.hiddenReason(), mine));
            }
        }
        return grouped;
    }
}
