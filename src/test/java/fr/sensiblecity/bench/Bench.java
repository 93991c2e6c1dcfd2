package fr.sensiblecity.bench;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every benchmark shares: the BENCH line format, percentiles, and a database emptied fast. */
final class Bench {

    private Bench() {
    }

    /** Prints {@code BENCH name key=value ...} on stdout, where Maven shows it. */
    static void report(String name, Object... keysAndValues) {
        StringBuilder line = new StringBuilder("BENCH ").append(name);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            line.append(' ').append(keysAndValues[i]).append('=').append(format(keysAndValues[i + 1]));
        }
        System.out.println(line);
        System.out.flush();
    }

    /** Progress notes, kept apart from the BENCH lines so that a grep finds only results. */
    static void note(String format, Object... arguments) {
        System.out.println("bench: " + String.format(Locale.ROOT, format, arguments));
        System.out.flush();
    }

    /** The machine's load average over the last minute: what else ran beside the benchmark. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The p-th percentile (0-100) of durations in nanoseconds, in milliseconds; nearest-rank. */
    static double percentileMs(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000d;
    }

    /**
     * Empties every table the ideas benchmarks fill. TRUNCATE is instant on a million rows where DELETE takes
     * minutes; foreign key checks are off for this one connection only, while it truncates.
     */
    static void wipe(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 0");
                try {
                    for (String table : new String[] {"idea_support_event", "idea_support", "idea",
                            "resident_role", "resident", "district", "territory"}) {
                        statement.execute("truncate table " + table);
                    }
                } finally {
                    statement.execute("set foreign_key_checks = 1");
                }
            }
            return null;
        });
    }

    /** Communes of growing population, with free official codes; returns their ids. */
    static long[] territories(JdbcTemplate jdbc, int count) {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"Commune " + i, String.valueOf(98_000 + i), 500 + i * 3_000});
        }
        jdbc.batchUpdate("insert into territory (name, official_code, population, population_year, rural) "
                + "values (?, ?, ?, 2023, false)", rows);
        return jdbc.queryForList("select id from territory order by id", Long.class).stream().mapToLong(Long::longValue)
                .toArray();
    }

    /** Adds {@code count} districts to a territory; returns their ids. */
    static long[] districts(JdbcTemplate jdbc, long territoryId, int count) {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {territoryId, "Quartier " + i});
        }
        jdbc.batchUpdate("insert into district (territory_id, name) values (?, ?)", rows);
        return jdbc.queryForList("select id from district where territory_id = ? order by id", Long.class, territoryId)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            double abs = Math.abs(number);
            return String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f", number);
        }
        return String.valueOf(value);
    }
}
