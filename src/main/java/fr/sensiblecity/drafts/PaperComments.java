package fr.sensiblecity.drafts;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation comments written on a paper form at a counter (issue 13, participation through a mediator): the
 * mediator types the comment as written, for a panel's draft of the counter's territory in consultation, under the
 * person's paper account, so it shows with no name. When the person claims their paper records, the comments become
 * theirs; a comment is a contribution, not a count, so two comments of one person both stay.
 */
@Service
public class PaperComments {

    private final JdbcTemplate jdbc;
    private final Participants participants;
    private final ResidentService residents;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaperComments(JdbcTemplate jdbc, Participants participants, ResidentService residents, AuditTrail audit,
            CurrentResident current, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.residents = residents;
        this.audit = audit;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@draftPermissions.canRecordOnPaper(authentication)")
    public void recordPaperComment(long sectionId, long authorId, long counterTerritoryId, String text,
            String formReference) {
        Long draftId = jdbc.queryForList("select draft_id from draft_section where id = ?", Long.class, sectionId)
                .stream().findFirst().orElseThrow(() -> new NotFound("drafts.error.notFound"));
        String phase = jdbc.queryForObject("select phase from draft where id = ?", String.class, draftId);
        if (!DraftPhase.CONSULTATION.name().equals(phase)) {
            throw new DomainException("paper.error.notInConsultation");
        }
        // An open process names no territory: only a panel's draft belongs to the counter's.
        Long panelId = jdbc.queryForObject("select panel_id from draft where id = ?", Long.class, draftId);
        Optional<Long> territory = Optional.ofNullable(panelId).flatMap(participants::panel)
                .map(panel -> panel.territoryId());
        if (territory.filter(id -> id == counterTerritoryId).isEmpty()) {
            throw new DomainException("paper.error.otherTerritory");
        }
        String body = Texts.required(text, 2, AmendmentService.COMMENT_MAX, "drafts.error.comment");
        jdbc.update("insert into consultation_comment (draft_id, section_id, author_id, organisation, body, created_at) "
                + "values (?, ?, ?, null, ?, ?)", draftId, sectionId, authorId, body,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        audit.append(current.id().orElse(null), "CONSULTATION_COMMENT_RECORDED_ON_PAPER", "DRAFT", draftId,
                AuditDetails.of().text(formReference));
        events.publishEvent(new DraftActivity(draftId, sectionId, DraftActivity.Kind.CONSULTATION));
    }

    /** The signed-in resident becomes the author of the comments of their paper account; how many. */
    @Transactional
    @PreAuthorize("@draftPermissions.canClaimPaperComments(authentication)")
    public int takeOver(long paperAuthorId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!residents.isPaperParticipant(paperAuthorId)) {
            throw new AccessDeniedException("only the comments of a paper account can be handed over");
        }
        return jdbc.update("update consultation_comment set author_id = ? where author_id = ?", me, paperAuthorId);
    }
}
