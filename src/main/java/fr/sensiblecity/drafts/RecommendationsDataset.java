package fr.sensiblecity.drafts;

import fr.sensiblecity.base.OpenDataset;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open dataset {@code recommendations}: every recommendation of every published draft, with its vote's counts,
 * whether it was adopted, and the authority's answer. Counts only: no ballot, no voter, no name.
 */
@Component
class RecommendationsDataset implements OpenDataset {

    private static final List<String> NAMES = List.of("draft_id", "draft_title", "panel_id", "question", "authority",
            "number", "recommendation", "state", "votes_for", "votes_against", "votes_abstain", "entitled_to_vote",
            "adopted", "answer", "answer_reasons", "implementation", "answered_at");

    private final JdbcTemplate jdbc;

    RecommendationsDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "recommendations";
    }

    @Override
    public List<Column> columns() {
        return NAMES.stream().map(name -> new Column(name, "opendata.recommendations." + name)).toList();
    }

    @Override
    public void forEachRow(RowSink sink) {
        jdbc.query("select d.id, d.title, d.panel_id, d.question, d.authority, r.position, r.body, r.state, r.votes_for, "
                + "r.votes_against, r.votes_abstain, r.electorate, r.adopted, r.answer, r.answer_reasons, r.implementation, "
                + "r.answered_at from recommendation r join draft d on d.id = r.draft_id where d.phase <> 'WRITING' "
                + "order by d.id, r.position", rs -> {
                    LocalDateTime answered = rs.getObject(17, LocalDateTime.class);
                    sink.accept(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class),
                            rs.getObject(10, Integer.class), rs.getObject(11, Integer.class),
                            rs.getObject(12, Integer.class), rs.getObject(13, Boolean.class), rs.getString(14),
                            rs.getString(15), rs.getString(16),
                            answered == null ? null : answered.toInstant(ZoneOffset.UTC).toString());
                });
    }
}
