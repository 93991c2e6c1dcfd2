package fr.sensiblecity.ideas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads idea lists in one statement per page. The page's ids are found on an index alone (the inner query),
 * and only those rows are then read whole, which keeps deep pages fast on a million ideas.
 *
 * <p>Searches match the words of {@code idea.search_text} ({@link SearchTerms}), each search word as the start of
 * an idea's word. On MariaDB two ways lead to the same page, tried in turn: walking the list's own index in order
 * and checking each idea's words, stopped after {@value #WALK_ROWS} rows (MariaDB's {@code LIMIT ROWS EXAMINED}),
 * which finds a page of a common word at once; and, when that walk did not fill the page, the full-text index
 * ({@code MATCH ... AGAINST} in boolean mode), which finds the few ideas of a rare word at once. The embedded H2
 * database, which has no full-text index, walks the whole list.
 */
@Component
class IdeaCatalog {

    private static final int EXCERPT = 240;
    /** Rows a search walks along the list's index before it asks the full-text index instead. */
    static final int WALK_ROWS = 3000;
    /** How long a search found rare is sent straight to the full-text index. */
    private static final Duration REMEMBER_RARE = Duration.ofMinutes(10);
    /** Words of a draft compared with other ideas, title first. */
    private static final int SIMILAR_TERMS = 12;
    private static final String CARD_COLUMNS = "i.id, i.title, substring(i.description, 1, " + EXCERPT + "), i.state, "
            + "i.theme_id, i.territory_id, i.district_id, i.support_count, i.comment_count, i.created_at";
    private static final RowMapper<IdeaCard> CARD = (rs, row) -> new IdeaCard(rs.getLong(1), rs.getString(2),
            rs.getString(3), IdeaState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), (Long) rs.getObject(7, Long.class),
            rs.getInt(8), rs.getInt(9), SupportLedger.toInstant(rs.getObject(10, java.time.LocalDateTime.class)));

    private final JdbcTemplate jdbc;
    /** Searches (their SQL and values) that the walk could not fill lately, and until when that is trusted. */
    private final Map<String, Long> rareSearches = new ConcurrentHashMap<>();
    private volatile Boolean fullText;

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
        Set<String> terms = SearchTerms.ofQuery(query.text() == null ? "" : query.text());
        String column = query.sort().column();
        String order = " order by " + column + " desc, id desc";
        if (terms.isEmpty()) {
            arguments.add(limit);
            arguments.add(offset);
            String sql = "select " + CARD_COLUMNS + " from idea i join (select id, " + column + " from idea where" + where
                    + order + " limit ? offset ?) page on page.id = i.id"
                    + order.replace(" order by ", " order by page.").replace(", id desc", ", page.id desc");
            return jdbc.query(sql, CARD, arguments.toArray());
        }
        List<Object> walk = new ArrayList<>(arguments);
        StringBuilder words = new StringBuilder();
        for (String term : terms) {
            words.append(" and search_text like ?");
            walk.add("% " + term + "%");
        }
        walk.add(offset);
        walk.add(limit);
        if (!fullText()) {
            return cards(jdbc.queryForList("select id from idea where" + where + words + order + " limit ?, ?",
                    Long.class, walk.toArray()), column);
        }
        // A search whose walk came up short a moment ago (a rare word) goes to the full-text index at once.
        String shape = where + "|" + arguments + "|" + terms + "|" + column + "|" + offset + "|" + limit;
        Long rareUntil = rareSearches.get(shape);
        boolean rare = rareUntil != null && rareUntil - System.nanoTime() > 0;
        List<Long> ids = rare ? List.of() : jdbc.queryForList("select id from idea where" + where + words + order
                + " limit ?, ? rows examined " + (WALK_ROWS + offset), Long.class, walk.toArray());
        if (ids.size() < limit) {
            // The walk ended before the page was full: the end of the list, or only the walk's budget. The full-text
            // index tells.
            List<Object> match = new ArrayList<>(arguments);
            match.add(booleanQuery(terms, true));
            match.add(offset);
            match.add(limit);
            ids = jdbc.queryForList("select id from idea where" + where
                    + " and match(search_text) against (? in boolean mode)" + order + " limit ?, ?", Long.class,
                    match.toArray());
            if (!rare) {
                if (rareSearches.size() > 10_000) {
                    rareSearches.clear();
                }
                rareSearches.put(shape, System.nanoTime() + REMEMBER_RARE.toNanos());
            }
        }
        return cards(ids, column);
    }

    IdeaFigures figures(@org.jspecify.annotations.Nullable Long territoryId) {
        String sql = "select count(*), coalesce(sum(support_count), 0) from idea where listed = true"
                + (territoryId == null ? "" : " and territory_id = ?");
        RowMapper<IdeaFigures> row = (rs, index) -> new IdeaFigures(rs.getLong(1), rs.getLong(2));
        return territoryId == null ? jdbc.queryForObject(sql, row) : jdbc.queryForObject(sql, row, territoryId);
    }

    /** The cards of these ids, in the list's order. */
    private List<IdeaCard> cards(List<Long> ids, String column) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + CARD_COLUMNS + " from idea i where i.id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") order by i." + column + " desc, i.id desc",
                CARD, ids.toArray());
    }

    /**
     * Listed ideas that share words with a draft, the most relevant first. Ideas sharing two words or more (one, for
     * a draft of one word) are looked for first along the most-supported index, {@value #WALK_ROWS} rows at most,
     * and ranked by the words they share, then by supports: popular ideas sharing common words come at once. When
     * that finds too few, MariaDB's full-text index ranks by its own relevance (rarer words weigh more); H2 walks
     * the whole list.
     */
    List<IdeaCard> sharingWords(Set<String> draftTerms, int limit) {
        List<String> terms = draftTerms.stream().limit(SIMILAR_TERMS).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (String term : terms) {
            shared.add("(case when i.search_text like ? then 1 else 0 end)");
            arguments.add("% " + term + " %");
        }
        String score = String.join(" + ", shared);
        arguments.add(Math.min(2, terms.size()));
        RowMapper<Object[]> scored = (rs, row) -> new Object[] {CARD.mapRow(rs, row), rs.getInt("shared_words")};
        List<Object[]> walked = jdbc.query("select " + CARD_COLUMNS + ", " + score + " as shared_words from idea i where i.listed = true "
                + "and " + score.replace("?", "?") + " >= ? order by i.support_count desc, i.id desc limit 50"
                + (fullText() ? " rows examined " + WALK_ROWS : ""), scored, twice(arguments, terms.size()));
        if (walked.size() >= limit || !fullText()) {
            return walked.stream().sorted(Comparator.comparingInt((Object[] card) -> -(int) card[1]))
                    .limit(limit).map(card -> (IdeaCard) card[0]).toList();
        }
        String words = String.join(" ", terms);
        return jdbc.query("select " + CARD_COLUMNS + " from idea i where i.listed = true and match(i.search_text) "
                + "against (? in natural language mode) order by match(i.search_text) against (? in natural "
                + "language mode) desc, i.support_count desc, i.id desc limit ?", CARD, words, words, limit);
    }

    /** The score's values twice (in the select and the where), then the rest. */
    private static Object[] twice(List<Object> arguments, int scoreValues) {
        List<Object> all = new ArrayList<>(arguments.subList(0, scoreValues));
        all.addAll(arguments);
        return all.toArray();
    }

    void index(long ideaId, String title, String description) {
        jdbc.update("update idea set search_text = ? where id = ?", SearchTerms.indexText(title, description), ideaId);
    }

    /** MariaDB's boolean syntax: every word required ({@code +}), each as the start of a word ({@code *}). */
    private static String booleanQuery(Set<String> terms, boolean required) {
        StringBuilder query = new StringBuilder();
        for (String term : terms) {
            query.append(required ? "+" : "").append(term).append("* ");
        }
        return query.toString().strip();
    }

    private boolean fullText() {
        Boolean known = fullText;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
                    .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb"));
            fullText = known;
        }
        return known;
    }
}
