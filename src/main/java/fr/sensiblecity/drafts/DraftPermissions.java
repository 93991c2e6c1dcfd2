package fr.sensiblecity.drafts;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with drafts. Facilitators (and administrators, who also act for the authority) run the process
 * and never take part in it: they cannot amend, support or vote. Participants write and vote. A draft is public
 * from its consultation on; before that only its participants and the staff read it. Any resident may comment
 * during the consultation.
 */
@Component("draftPermissions")
public class DraftPermissions {

    private final Participants participants;
    private final JdbcTemplate jdbc;

    DraftPermissions(Participants participants, JdbcTemplate jdbc) {
        this.participants = participants;
        this.jdbc = jdbc;
    }

    public boolean canFacilitate(@Nullable Authentication authentication) {
        return Role.FACILITATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }

    /** The authority's answers are recorded by a facilitator or by an administrator acting for it. */
    public boolean canAnswer(@Nullable Authentication authentication) {
        return canFacilitate(authentication);
    }

    /** True for a draft that does not exist, so that the service answers "not found" rather than "forbidden". */
    public boolean canRead(@Nullable Authentication authentication, long draftId) {
        DraftPhase phase = phase(draftId);
        return phase == null || phase.published() || canFacilitate(authentication) || isParticipant(authentication, draftId);
    }

    /** Supporting, commenting and voting on the draft's amendments and recommendations. */
    public boolean canTakePart(@Nullable Authentication authentication, long draftId) {
        return isParticipant(authentication, draftId) && !canFacilitate(authentication);
    }

    public boolean canAmend(@Nullable Authentication authentication, long sectionId) {
        Long draftId = draftOfSection(sectionId);
        Long me = residentId(authentication);
        return draftId != null && me != null && !canFacilitate(authentication)
                && participants.mayWrite(draftId, sectionId, me);
    }

    /** A mediator at a counter records the consultation comment a person wrote on a paper form. */
    public boolean canRecordOnPaper(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    /** A resident claims what they wrote on paper at a counter. */
    public boolean canClaimPaperComments(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canCommentConsultation(@Nullable Authentication authentication, long draftId) {
        return ResidentPrincipal.isResident(authentication) && phase(draftId) == DraftPhase.CONSULTATION;
    }

    public boolean isParticipant(@Nullable Authentication authentication, long draftId) {
        Long me = residentId(authentication);
        return me != null && participants.isMember(draftId, me);
    }

    public boolean isAmendmentAuthor(@Nullable Authentication authentication, long amendmentId) {
        Long me = residentId(authentication);
        return me != null && jdbc.queryForList("select author_id from amendment where id = ?", Long.class, amendmentId)
                .stream().anyMatch(me::equals);
    }

    /** Moderators too, so that a reported comment can be judged where it was written, even before publication. */
    public boolean canReadAmendment(@Nullable Authentication authentication, long amendmentId) {
        Long draftId = draftOfAmendment(amendmentId);
        return draftId == null || canRead(authentication, draftId) || Role.MODERATOR.heldBy(authentication);
    }

    public boolean canTakePartInAmendment(@Nullable Authentication authentication, long amendmentId) {
        Long draftId = draftOfAmendment(amendmentId);
        return draftId != null && canTakePart(authentication, draftId);
    }

    /**
     * Voting on an amendment: a participant of the draft who is also in a thematic group of the amendment's
     * section (when the section has groups), as the ballot box itself requires.
     */
    public boolean canVoteOnAmendment(@Nullable Authentication authentication, long amendmentId) {
        Long me = residentId(authentication);
        return me != null && canTakePartInAmendment(authentication, amendmentId)
                && jdbc.queryForList("select draft_id, section_id from amendment where id = ?", amendmentId).stream()
                        .anyMatch(row -> participants.mayWrite(((Number) row.get("draft_id")).longValue(),
                                ((Number) row.get("section_id")).longValue(), me));
    }

    public boolean canTakePartInRecommendation(@Nullable Authentication authentication, long recommendationId) {
        Long draftId = jdbc.queryForList("select draft_id from recommendation where id = ?", Long.class, recommendationId)
                .stream().findFirst().orElse(null);
        return draftId != null && canTakePart(authentication, draftId);
    }

    /**
     * Running the members' proposals of one draft: its own facilitator (the one who opened it; any facilitator once
     * that account is gone) or an administrator. Another draft's facilitator may not. True for a draft that does not
     * exist, so that the service answers "not found".
     */
    public boolean runsDraft(@Nullable Authentication authentication, long draftId) {
        if (Role.ADMINISTRATOR.heldBy(authentication)) {
            return true;
        }
        if (!Role.FACILITATOR.heldBy(authentication)) {
            return false;
        }
        List<Optional<Long>> owner = jdbc.query("select facilitator_id from draft where id = ?",
                (rs, row) -> Optional.ofNullable(rs.getObject(1, Long.class)), draftId);
        return owner.isEmpty() || owner.getFirst().isEmpty() || owner.getFirst().get().equals(residentId(authentication));
    }

    public boolean runsProposal(@Nullable Authentication authentication, long proposalId) {
        Long draftId = draftOf("recommendation_proposal", proposalId);
        return draftId == null ? canFacilitate(authentication) : runsDraft(authentication, draftId);
    }

    public boolean runsMerge(@Nullable Authentication authentication, long mergeId) {
        Long draftId = draftOf("recommendation_merge", mergeId);
        return draftId == null ? canFacilitate(authentication) : runsDraft(authentication, draftId);
    }

    /** Supporting a member's proposal: the draft's participants (its panel's members), never the staff. */
    public boolean canTakePartInProposal(@Nullable Authentication authentication, long proposalId) {
        Long draftId = draftOf("recommendation_proposal", proposalId);
        return draftId != null && canTakePart(authentication, draftId);
    }

    /** Answering a merge: a participant of its draft (the service then checks that they are one of its authors). */
    public boolean canTakePartInMerge(@Nullable Authentication authentication, long mergeId) {
        Long draftId = draftOf("recommendation_merge", mergeId);
        return draftId != null && canTakePart(authentication, draftId);
    }

    private @Nullable Long draftOf(String table, long id) {
        return jdbc.queryForList("select draft_id from " + table + " where id = ?", Long.class, id).stream()
                .findFirst().orElse(null);
    }

    private @Nullable DraftPhase phase(long draftId) {
        return jdbc.queryForList("select phase from draft where id = ?", String.class, draftId).stream().findFirst()
                .map(DraftPhase::valueOf).orElse(null);
    }

    private @Nullable Long draftOfAmendment(long amendmentId) {
        return jdbc.queryForList("select draft_id from amendment where id = ?", Long.class, amendmentId).stream()
                .findFirst().orElse(null);
    }

    private @Nullable Long draftOfSection(long sectionId) {
        return jdbc.queryForList("select draft_id from draft_section where id = ?", Long.class, sectionId).stream()
                .findFirst().orElse(null);
    }

    private static @Nullable Long residentId(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication)
                ? ((ResidentPrincipal) authentication.getPrincipal()).residentId() : null;
    }
}
