package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.IdeaState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Pages of the idea list through {@link IdeaService#browse} on 1,000 to 1,000,000 ideas: every sort, with and
 * without a theme, the first page and page 500; and every sort's first page filtered by a commune (a thirtieth of the
 * ideas), a district (a three-hundredth), a state (mature: 3 %), and a commune's published ideas (the home page's
 * list), each timed over 200 calls after 10 untimed ones. Statements are
 * counted by the server (its Questions counter for this session), which is why the pool holds a single connection:
 * the count read before and after each call is that of the very connection the call used, and it includes what the
 * driver sends on its own (autocommit, read-only flag, commit). Each page is checked against a plain query after
 * it is timed: a fast list that returns the wrong rows or order fails the benchmark.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=1")
@ActiveProfiles("bench")
@EnabledIfSystemProperty(named = "bench", matches = "all|idea-list|http")
@DirtiesContext
class IdeaListBenchmark {

    private static final int PAGE_SIZE = 20;
    private static final int DEEP_PAGE = 500;
    private static final int WARM_UP = 10;
    private static final int CALLS = Integer.getInteger("bench.idea-list.calls", 200);
    /** Within {@code -Dbench=http}, the million ideas the search and similar-ideas goals are set at. */
    private static final long[] SIZES = Arrays.stream(System.getProperty("bench.idea-list.sizes",
            "http".equals(System.getProperty("bench")) ? "1000000" : "1000,10000,100000,1000000")
            .split(",")).mapToLong(size -> Long.parseLong(size.strip())).toArray();
    private static final String[] SEARCHES = {IdeaSeeder.RARE_WORD.substring(0, IdeaSeeder.RARE_WORD.length() - 1),
        "vélo", "jardin partagé", "velo", "Vélos"};
    /** The theme filtered on: the fourth most popular, about a tenth of the ideas (see {@link IdeaSeeder}). */
    private static final int FILTER_THEME = 3;
    /** Communes of the data set, and how many of them are split into districts (ten each). */
    private static final int TERRITORIES = 30;
    private static final int WITH_DISTRICTS = 3;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void pages_of_the_idea_list() throws Exception {
        long began = System.nanoTime();
        Bench.wipe(jdbc);
        long[] themes = jdbc.queryForList("select id from theme order by id", Long.class).stream().mapToLong(Long::longValue)
                .toArray();
        long[] territories = Bench.territories(jdbc, TERRITORIES);
        long[][] districts = new long[TERRITORIES][];
        for (int i = 0; i < WITH_DISTRICTS; i++) {
            districts[i] = Bench.districts(jdbc, territories[i], 10);
        }
        IdeaSeeder seeder = new IdeaSeeder(url, user, password, themes, territories, districts);
        List<IdeaQuery> filtered = List.of(
                new IdeaQuery(null, null, territories[0], null, null, IdeaSort.NEWEST),
                new IdeaQuery(null, null, territories[0], districts[0][0], null, IdeaSort.NEWEST),
                new IdeaQuery(null, null, null, null, IdeaState.MATURE, IdeaSort.NEWEST),
                new IdeaQuery(null, null, territories[0], null, IdeaState.PUBLISHED, IdeaSort.NEWEST));
        long questionsItself = questions() - questions();
        boolean warmedUp = false;
        for (long size : SIZES) {
            long seeding = System.nanoTime();
            long added = seeder.growTo(size);
            Bench.note("idea-list: %,d ideas added in %.1f s (%,d in all)", added, seconds(seeding), size);
            if (!warmedUp) {
                warmUp(themes[FILTER_THEME]);
                warmedUp = true;
            }
            for (IdeaSort sort : IdeaSort.values()) {
                for (Long theme : new Long[] {null, themes[FILTER_THEME]}) {
                    for (int page : new int[] {1, DEEP_PAGE}) {
                        measure(size, new IdeaQuery(null, theme, null, null, null, sort), page, -questionsItself);
                    }
                }
            }
            for (IdeaSort sort : IdeaSort.values()) {
                for (IdeaQuery filter : filtered) {
                    measure(size, new IdeaQuery(null, null, filter.territoryId(), filter.districtId(), filter.state(),
                            sort), 1, -questionsItself);
                }
            }
            for (String text : SEARCHES) {
                search(size, text, -questionsItself);
            }
            similar(size);
        }
        Bench.note("idea-list: done in %.1f s", seconds(began));
    }

    /**
     * The first page of a search, most supported first: a rare word (one idea in a thousand, plural in the ideas),
     * a common one (in about a third of them), two words, and the accent and plural variants of the common one.
     * Each page must be the one a plain scan of the ideas' words gives.
     */
    private void search(long size, String text, long questionsItself) {
        IdeaQuery query = new IdeaQuery(text, null, null, null, null, IdeaSort.MOST_SUPPORTED);
        for (int i = 0; i < WARM_UP; i++) {
            ideas.browse(query, 0, PAGE_SIZE);
        }
        long[] nanos = new long[CALLS];
        long statements = 0;
        List<IdeaCard> cards = List.of();
        for (int i = 0; i < CALLS; i++) {
            long before = questions();
            long start = System.nanoTime();
            cards = ideas.browse(query, 0, PAGE_SIZE);
            nanos[i] = System.nanoTime() - start;
            statements = Math.max(statements, questions() - before - questionsItself);
        }
        String like = likeOf(text);
        assertThat(cards.stream().map(IdeaCard::id).toList()).as("search %s with %,d ideas", text, size)
                .containsExactlyElementsOf(jdbc.queryForList("select id from idea where listed = true" + like
                        + " order by support_count desc, id desc limit " + PAGE_SIZE, Long.class));
        long matches = jdbc.queryForObject("select count(*) from idea where listed = true" + like, Long.class);
        assertThat(matches).as("ideas found by %s", text).isPositive();
        Bench.report("search", "ideas", size, "term", "\"" + text + "\"", "matches", matches, "p95_ms",
                Bench.percentileMs(nanos, 95), "statements", statements, "p50_ms", Bench.percentileMs(nanos, 50));
    }

    /** The plain scan: every word of the search as the start of one of the idea's words. */
    private static String likeOf(String text) {
        StringBuilder like = new StringBuilder();
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^a-z0-9]+")) {
            String singular = word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) ? word.substring(0,
                    word.length() - 1) : word;
            if (singular.length() >= 2) {
                like.append(" and search_text like '% ").append(singular).append("%'");
            }
        }
        return like.toString();
    }

    /** Similar ideas for a typical draft, as its author types it. */
    private void similar(long size) {
        String title = "Des vélos partagés près de la gare";
        String description = "Une station de vélos en libre-service à la gare, avec un abri et une piste cyclable "
                + "jusqu'au marché.";
        for (int i = 0; i < WARM_UP; i++) {
            ideas.similarIdeas(title, description);
        }
        int calls = Math.max(20, CALLS / 4);
        long[] nanos = new long[calls];
        List<IdeaCard> found = List.of();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            found = ideas.similarIdeas(title, description);
            nanos[i] = System.nanoTime() - start;
        }
        assertThat(found).as("similar ideas").isNotEmpty();
        Bench.report("similar", "ideas", size, "p95_ms", Bench.percentileMs(nanos, 95), "p50_ms",
                Bench.percentileMs(nanos, 50), "found", found.size());
    }

    /** Lets the JIT compile the list's path, every sort, filter and page, before anything is timed. */
    private void warmUp(long theme) {
        for (int i = 0; i < 2_000; i++) {
            IdeaSort sort = IdeaSort.values()[i % IdeaSort.values().length];
            ideas.browse(new IdeaQuery(null, i % 3 == 0 ? theme : null, null, null, null, sort),
                    i % 5 == 0 ? (DEEP_PAGE - 1) * PAGE_SIZE : 0, PAGE_SIZE);
            questions();
        }
    }

    private void measure(long size, IdeaQuery query, int page, long questionsItself) {
        int offset = (page - 1) * PAGE_SIZE;
        for (int i = 0; i < WARM_UP; i++) {
            ideas.browse(query, offset, PAGE_SIZE);
        }
        long[] nanos = new long[CALLS];
        long statements = 0;
        List<IdeaCard> cards = List.of();
        for (int i = 0; i < CALLS; i++) {
            long before = questions();
            long start = System.nanoTime();
            cards = ideas.browse(query, offset, PAGE_SIZE);
            nanos[i] = System.nanoTime() - start;
            statements = Math.max(statements, questions() - before - questionsItself);
        }
        int rows = cards.size();
        assertThat(cards.stream().map(IdeaCard::id).toList())
                .as("page %d of %s, filter %s, with %,d ideas: the rows and order of a plain query", page, query.sort(),
                        filterName(query), size)
                .containsExactlyElementsOf(expected(query, offset));
        assertThat(rows).as("a page is full unless the list ends on it").isEqualTo(
                (int) Math.clamp(listed(query) - offset, 0, PAGE_SIZE));
        Bench.report("idea-list", "ideas", size, "sort", query.sort().name().toLowerCase(Locale.ROOT), "filter",
                filterName(query), "page", page, "p95_ms", Bench.percentileMs(nanos, 95),
                "statements", statements, "p50_ms", Bench.percentileMs(nanos, 50), "rows", rows);
    }

    /**
     * The page as the simplest query gives it, without the list's index tricks: the filtered ideas (listed ones when
     * no state is asked), the sort's column descending, then the newest id first.
     */
    private List<Long> expected(IdeaQuery query, int offset) {
        String column = switch (query.sort()) {
            case MOST_SUPPORTED -> "support_count";
            case NEWEST -> "created_at";
            case TRENDING -> "trending_score";
            case MOST_DISCUSSED -> "comment_count";
        };
        List<Object> arguments = new ArrayList<>();
        String where = plainWhere(query, arguments);
        arguments.add(PAGE_SIZE);
        arguments.add(offset);
        return jdbc.queryForList("select id from idea where " + where + " order by " + column + " desc, id desc "
                + "limit ? offset ?", Long.class, arguments.toArray());
    }

    private long listed(IdeaQuery query) {
        List<Object> arguments = new ArrayList<>();
        return jdbc.queryForObject("select count(*) from idea where " + plainWhere(query, arguments), Long.class,
                arguments.toArray());
    }

    private static String plainWhere(IdeaQuery query, List<Object> arguments) {
        StringBuilder where = new StringBuilder(query.state() == null ? "listed = true" : "state = ?");
        if (query.state() != null) {
            arguments.add(query.state().name());
        }
        Object[][] filters = {{"theme_id", query.themeId()}, {"territory_id", query.territoryId()},
            {"district_id", query.districtId()}};
        for (Object[] filter : filters) {
            if (filter[1] != null) {
                where.append(" and ").append(filter[0]).append(" = ?");
                arguments.add(filter[1]);
            }
        }
        return where.toString();
    }

    /** The filter as a BENCH key: none, theme, territory, district, state, or several joined by "+". */
    private static String filterName(IdeaQuery query) {
        List<String> names = new ArrayList<>();
        if (query.themeId() != null) {
            names.add("theme");
        }
        if (query.districtId() != null) {
            names.add("district");
        } else if (query.territoryId() != null) {
            names.add("territory");
        }
        if (query.state() != null) {
            names.add("state");
        }
        return names.isEmpty() ? "none" : String.join("+", names);
    }

    /** Statements this session sent so far, as the server counts them (SHOW itself included). */
    private long questions() {
        return jdbc.queryForObject("show session status like 'Questions'", (rs, row) -> rs.getLong(2));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
