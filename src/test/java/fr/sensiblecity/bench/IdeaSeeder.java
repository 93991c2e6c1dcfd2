package fr.sensiblecity.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import fr.sensiblecity.ideas.SearchTerms;

/**
 * Fills the idea table as a real platform would look, fast: rows are written to a file and loaded with
 * LOAD DATA LOCAL INFILE, 100,000 at a time, on a connection of its own (the only one that allows local files).
 * Supports follow a power law, so that a few ideas hold most of them; only the counters are set, since lists
 * read nothing else. Ids and dates grow together, and {@link #growTo(int)} adds to what is there.
 */
final class IdeaSeeder {

    private static final int CHUNK = 100_000;
    private static final LocalDateTime FIRST_IDEA = LocalDateTime.of(2023, 1, 1, 8, 0);
    /** Ideas arrive every 90 seconds on average: a million span almost three years. */
    private static final int SECONDS_BETWEEN_IDEAS = 90;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime TRENDING_EPOCH = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final double HALF_LIFE_SECONDS = Duration.ofDays(7).toSeconds();
    /** Share of ideas per theme, most popular first (percent). */
    private static final int[] THEME_SHARE = {18, 14, 12, 10, 10, 9, 8, 7, 6, 6};
    private static final String[] WORDS = ("vélo piste cyclable école cantine bio jardin partagé composteur bibliothèque "
            + "horaires mairie marché producteurs locaux bus navette gare covoiturage parking trottoir éclairage "
            + "rue place arbres ombre fontaine eau potable piscine gymnase terrain sport jeunes aînés maison santé "
            + "médecin pharmacie permanence numérique ateliers repair café recyclerie déchets tri collecte verre "
            + "logement rénovation isolation chauffage solaire panneaux énergie citoyenne crue digue forêt incendie "
            + "prévention festival concert théâtre musée patrimoine chapelle lavoir sentier randonnée signalétique "
            + "sécurité vitesse ralentisseur passage piétons accessibilité fauteuil poussette banc toilettes "
            + "publiques emploi formation tiers-lieu coworking associations salle fête cinéma plein air").split(" ");

    /** A word in one idea out of {@link #RARE_ONE_IN}, for the search benchmark. */
    static final String RARE_WORD = "hydroliennes";
    static final int RARE_ONE_IN = 1000;

    private final String url;
    private final String user;
    private final String password;
    private final long[] themes;
    private final long[] territories;
    /** Districts of each territory, by the territory's index in {@link #territories}; empty where it has none. */
    private final long[][] districts;
    private final SplittableRandom random = new SplittableRandom(20261123);
    /** Drawn apart, so that the rest of the data set stays what it was before rare words were added. */
    private final SplittableRandom rare = new SplittableRandom(7);
    /** Districts are drawn apart too, for the same reason. */
    private final SplittableRandom place = new SplittableRandom(11);
    private long seeded;

    IdeaSeeder(String url, String user, String password, long[] themes, long[] territories) {
        this(url, user, password, themes, territories, new long[territories.length][]);
    }

    /**
     * With districts: an idea of a territory that has some is placed in one of them nine times out of ten, as
     * residents of a large town usually say where.
     */
    IdeaSeeder(String url, String user, String password, long[] themes, long[] territories, long[][] districts) {
        this.districts = districts;
        this.url = url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        this.user = user;
        this.password = password;
        this.themes = themes;
        this.territories = territories;
    }

    /** Seeds after the ideas already there, up to {@code lastId}: the next idea gets {@code lastId + 1}. */
    IdeaSeeder after(long lastId) {
        seeded = lastId;
        return this;
    }

    /** Adds ideas until there are {@code total}; returns how many it added. */
    long growTo(long total) throws Exception {
        long before = seeded;
        Path file = Files.createTempFile("sensible-city-ideas", ".tsv");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            while (seeded < total) {
                long next = Math.min(total, seeded + CHUNK);
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (long id = seeded + 1; id <= next; id++) {
                        out.append(row(id)).append('\n');
                    }
                }
                statement.execute("load data local infile '" + file.toAbsolutePath() + "' into table idea "
                        + "character set utf8mb4 fields terminated by '\\t' lines terminated by '\\n' "
                        + "(id, territory_id, district_id, theme_id, title, description, state, listed, support_count, comment_count, "
                        + "trending_score, created_at, matured_at, search_text)");
                seeded = next;
            }
            analyze(statement);
        } finally {
            Files.deleteIfExists(file);
        }
        return seeded - before;
    }

    /** Fresh statistics, as a database that has grown slowly would have, so that the optimizer sees the real sizes. */
    private static void analyze(Statement statement) throws SQLException {
        statement.execute("analyze table idea");
    }

    private String row(long id) {
        LocalDateTime created = FIRST_IDEA.plusSeconds(id * SECONDS_BETWEEN_IDEAS + random.nextInt(SECONDS_BETWEEN_IDEAS / 2));
        String state = state();
        boolean listed = !state.equals("WITHDRAWN") && !state.equals("HIDDEN");
        int supports = supports();
        int comments = supports == 0 ? (random.nextInt(10) == 0 ? 1 : 0) : (int) (supports * random.nextDouble(0.15)) + random.nextInt(3);
        double trending = -1_000_000_000d;
        if (supports > 0) {
            long lifetime = Math.max(1, SECONDS_BETWEEN_IDEAS * 1_100_000L - id * SECONDS_BETWEEN_IDEAS);
            LocalDateTime lastSupport = created.plusSeconds((long) (lifetime * random.nextDouble()));
            trending = Duration.between(TRENDING_EPOCH, lastSupport).toSeconds() / HALF_LIFE_SECONDS
                    + Math.log(supports) / Math.log(2);
        }
        StringBuilder title = new StringBuilder("Idée ").append(id).append(" :");
        for (int i = 3 + random.nextInt(4); i > 0; i--) {
            title.append(' ').append(word());
        }
        StringBuilder description = new StringBuilder(640);
        for (int length = 150 + random.nextInt(450); description.length() < length;) {
            description.append(word()).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        if (rare.nextInt(RARE_ONE_IN) == 0) {
            description.append(RARE_WORD);
        }
        int territory = random.nextInt(territories.length);
        return id + "\t" + territories[territory] + "\t" + district(territory) + "\t" + themes[theme()] + "\t" + title + "\t"
                + description.toString().strip() + "\t" + state + "\t" + (listed ? 1 : 0) + "\t" + supports + "\t" + comments
                + "\t" + trending + "\t" + SQL_TIME.format(created) + "\t"
                + (state.equals("MATURE") ? SQL_TIME.format(created.plusDays(40)) : "\\N") + "\t"
                + SearchTerms.indexText(title.toString(), description.toString());
    }

    /** Pareto with an index of 1.1: about half the ideas have no support, the top 1% hold about 60% of them. */
    private int supports() {
        return (int) Math.min(200_000, Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.1)) - 1);
    }

    /** A district of the territory, or {@code \N} (SQL null in the loaded file). */
    private String district(int territory) {
        long[] choices = districts[territory];
        if (choices == null || choices.length == 0 || place.nextInt(10) == 0) {
            return "\\N";
        }
        return String.valueOf(choices[place.nextInt(choices.length)]);
    }

    private int theme() {
        int pick = random.nextInt(100);
        for (int i = 0; i < THEME_SHARE.length; i++) {
            pick -= THEME_SHARE[i];
            if (pick < 0) {
                return i % themes.length;
            }
        }
        return 0;
    }

    private String state() {
        int pick = random.nextInt(100);
        return pick < 87 ? "PUBLISHED" : pick < 90 ? "MATURE" : pick < 92 ? "UNDER_REVIEW" : pick < 93 ? "ACCEPTED"
                : pick < 94 ? "REJECTED" : pick < 95 ? "MERGED" : pick < 99 ? "WITHDRAWN" : "HIDDEN";
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
