package fr.sensiblecity.ideas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads idea lists in one statement per page. The page's ids are found on an index alone (the inner query),
 * and only those rows are then read whole, which keeps deep pages fast on a million ideas.
 */
@Component
class IdeaCatalog {

    private static final int EXCERPT = 240;
    private static final String CARD_COLUMNS = "i.id, i.title, substring(i.description, 1, " + EXCERPT + "), i.state, "
            + "i.theme_id, i.territory_id, i.district_id, i.support_count, i.comment_count, i.created_at";
    private static final RowMapper<IdeaCard> CARD = (rs, row) -> new IdeaCard(rs.getLong(1), rs.getString(2),
            rs.getString(3), IdeaState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), (Long) rs.getObject(7, Long.class),
            rs.getInt(8), rs.getInt(9), SupportLedger.toInstant(rs.getObject(10, java.time.LocalDateTime.class)));

    private final JdbcTemplate jdbc;

    IdeaCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<IdeaCard> page(IdeaQuery query, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (query.state() == null) {
            where.append(" listed = true");
        } else {
            where.append(" state = ?");
            arguments.add(query.state().name());
        }
        if (query.themeId() != null) {
            where.append(" and theme_id = ?");
            arguments.add(query.themeId());
        }
        if (query.territoryId() != null) {
            where.append(" and territory_id = ?");
            arguments.add(query.territoryId());
        }
        if (query.districtId() != null) {
            where.append(" and district_id = ?");
            arguments.add(query.districtId());
        }
        for (String term : SearchTerms.ofQuery(query.text() == null ? "" : query.text())) {
            where.append(" and id in (select idea_id from idea_term where term like ?)");
            arguments.add(term + "%");
        }
        String order = " order by " + query.sort().column() + " desc, id desc";
        arguments.add(limit);
        arguments.add(offset);
        String sql = "select " + CARD_COLUMNS + " from idea i join (select id, " + query.sort().column()
                + " from idea where" + where + order + " limit ? offset ?) page on page.id = i.id"
                + order.replace(" order by ", " order by page.").replace(", id desc", ", page.id desc");
        return jdbc.query(sql, CARD, arguments.toArray());
    }

    IdeaFigures figures(@org.jspecify.annotations.Nullable Long territoryId) {
        String sql = "select count(*), coalesce(sum(support_count), 0) from idea where listed = true"
                + (territoryId == null ? "" : " and territory_id = ?");
        RowMapper<IdeaFigures> row = (rs, index) -> new IdeaFigures(rs.getLong(1), rs.getLong(2));
        return territoryId == null ? jdbc.queryForObject(sql, row) : jdbc.queryForObject(sql, row, territoryId);
    }

    /** Listed ideas sharing the most words with a draft, best first. */
    List<IdeaCard> sharingWords(Set<String> terms, int limit) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", terms.stream().map(term -> "?").toList());
        List<Object> arguments = new ArrayList<>(terms);
        arguments.add(limit);
        return jdbc.query("select " + CARD_COLUMNS + " from idea i join (select idea_id, count(*) shared from idea_term "
                + "where term in (" + marks + ") group by idea_id order by shared desc, idea_id desc limit 50) near "
                + "on near.idea_id = i.id where i.listed = true order by near.shared desc, i.support_count desc limit ?",
                CARD, arguments.toArray());
    }

    void index(long ideaId, Collection<String> terms) {
        jdbc.update("delete from idea_term where idea_id = ?", ideaId);
        jdbc.batchUpdate("insert into idea_term (term, idea_id) values (?, ?)",
                terms.stream().map(term -> new Object[] {term, ideaId}).toList());
    }
}
