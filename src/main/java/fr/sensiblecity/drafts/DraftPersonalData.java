package fr.sensiblecity.drafts;

import fr.sensiblecity.base.PersonalData;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A resident's part in drafts: the amendments they proposed, their comments on amendments and in consultations,
 * the amendments they support, the recommendations they proposed or supported, and the votes they took part in. A vote is exported as the fact that the resident
 * voted (what, when), never as their choice: the ballot is secret, and a download is a document one can be made to
 * show, so it must not prove how someone voted. On erasure, texts stay without an author, supports and tallies
 * keep their counts, and ballots stay in the chain, detached from the resident.
 */
@Component
class DraftPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final BallotBox ballots;

    DraftPersonalData(JdbcTemplate jdbc, BallotBox ballots) {
        this.jdbc = jdbc;
        this.ballots = ballots;
    }

    @Override
    public String section() {
        return "drafts";
    }

    @Override
    public Object export(long residentId) {
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("amendments", jdbc.query("select a.id, a.draft_id, s.title, a.body, a.rationale, a.state, a.created_at "
                + "from amendment a join draft_section s on s.id = a.section_id where a.author_id = ? order by a.created_at",
                (rs, row) -> new Amendment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), utc(rs.getObject(7, LocalDateTime.class))), residentId));
        mine.put("amendmentComments", jdbc.query("select amendment_id, body, created_at from amendment_comment "
                + "where author_id = ? order by created_at", (rs, row) -> new Comment(rs.getLong(1), null, rs.getString(2),
                utc(rs.getObject(3, LocalDateTime.class))), residentId));
        mine.put("consultationComments", jdbc.query("select section_id, organisation, body, created_at from "
                + "consultation_comment where author_id = ? order by created_at", (rs, row) -> new Comment(rs.getLong(1),
                rs.getString(2), rs.getString(3), utc(rs.getObject(4, LocalDateTime.class))), residentId));
        mine.put("supportedAmendments", jdbc.queryForList("select amendment_id from amendment_support where "
                + "resident_id = ? order by created_at", Long.class, residentId));
        mine.put("recommendationProposals", jdbc.query("select p.id, p.draft_id, p.title, p.body, p.state, p.created_at "
                + "from recommendation_proposal p join recommendation_proposal_author a on a.proposal_id = p.id "
                + "where a.resident_id = ? order by p.created_at", (rs, row) -> new Proposal(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), utc(rs.getObject(6, LocalDateTime.class))), residentId));
        mine.put("supportedRecommendationProposals", jdbc.queryForList("select proposal_id from "
                + "recommendation_proposal_support where resident_id = ? order by created_at", Long.class, residentId));
        mine.put("votedOn", ballots.votedBy(residentId).stream().map(vote -> new Voted(
                vote.subject() == BallotBox.Subject.A ? "amendment" : "recommendation", vote.subjectId())).toList());
        mine.put("participations", jdbc.query("select draft_id, organisation from draft_participant where resident_id = ?",
                (rs, row) -> Map.of("draftId", rs.getLong(1), "organisation", rs.getString(2)), residentId));
        return mine;
    }

    @Override
    public void erase(long residentId) {
        jdbc.update("update amendment set author_id = null where author_id = ?", residentId);
        jdbc.update("update amendment_comment set author_id = null where author_id = ?", residentId);
        jdbc.update("update consultation_comment set author_id = null, organisation = null where author_id = ?", residentId);
        // The amendment's support_count keeps counting the erased resident's support, as the ideas' counts do.
        jdbc.update("delete from amendment_support where resident_id = ?", residentId);
        // Proposals stay without this author; as for amendments, their support counts keep the erased support.
        jdbc.update("delete from recommendation_proposal_author where resident_id = ?", residentId);
        jdbc.update("delete from recommendation_proposal_support where resident_id = ?", residentId);
        jdbc.update("delete from recommendation_merge_answer where resident_id = ?", residentId);
        jdbc.update("delete from draft_participant where resident_id = ?", residentId);
        jdbc.update("update draft set facilitator_id = null where facilitator_id = ?", residentId);
        ballots.forget(residentId);
    }

    private static String utc(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC).toString();
    }

    record Amendment(long id, long draftId, String section, String text, String rationale, String state, String createdAt) {
    }

    record Proposal(long id, long draftId, String title, String text, String state, String createdAt) {
    }

    record Comment(long on, @org.jspecify.annotations.Nullable String organisation, String text, String createdAt) {
    }

    record Voted(String on, long id) {
    }
}
