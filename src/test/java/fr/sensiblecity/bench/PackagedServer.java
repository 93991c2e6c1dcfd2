package fr.sensiblecity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The packaged application ({@code target/sensible-city-*.jar}, with the production front end the bench profile
 * builds) started as its own process, as an operator runs it: demo profile, on a freshly created benchmark database
 * ({@code -Dbench.db.url}), with {@code residents} extra demo accounts {@code resident-N} / {@code load} that the
 * simulated residents sign in with. The demo data set is grown to {@code -Dbench.load.ideas} ideas (100,000 by
 * default) with {@link IdeaSeeder}. Its CPU time is read from /proc.
 */
final class PackagedServer implements AutoCloseable {

    static final String PASSWORD = "load";
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RUN = ROOT.resolve("target/load-bench");
    private static final String DB_URL = System.getProperty("bench.db.url",
            "jdbc:mariadb://127.0.0.1:3306/sensible_city_bench?sslMode=disable&createDatabaseIfNotExist=true");
    private static final String DB_USER = System.getProperty("test.db.user", "root");
    private static final String DB_PASSWORD = System.getProperty("test.db.password", "");

    private final Process process;
    private final int port;

    private PackagedServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Recreates the benchmark database, starts the jar, waits until it is ready and grows the ideas. */
    static PackagedServer start(int residents, long ideas) throws Exception {
        Path jar = productionJar();
        recreateDatabase();
        Files.createDirectories(RUN);
        Path accounts = RUN.resolve("residents.yml");
        Files.writeString(accounts, accounts(residents));
        int port = Integer.getInteger("bench.load.port", freePort());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(System.getProperty("bench.load.server.jvm", "-Xmx2g").split(" ")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.config.additional-location=file:" + accounts, "--spring.datasource.url=" + DB_URL,
                "--spring.datasource.username=" + DB_USER, "--spring.datasource.password=" + DB_PASSWORD,
                // Many residents at once: room for the writes that wait on one idea's row (README, connection pool).
                "--spring.datasource.hikari.maximum-pool-size=" + Integer.getInteger("bench.load.pool", 32)));
        Path log = RUN.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(RUN.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        long began = System.nanoTime();
        PackagedServer server = new PackagedServer(builder.start(), port);
        Bench.note("load: started %s on port %d (pid %d, log %s)", jar.getFileName(), port, server.process.pid(), log);
        server.awaitReady(log);
        Bench.note("load: ready after %.0f s", (System.nanoTime() - began) / 1e9);
        server.growIdeas(ideas);
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds the server process has used so far (user and system), from /proc. */
    double cpuSeconds() {
        return CpuClock.processNanos(process.pid()).orElse(-1) / 1e9;
    }

    static String username(int resident) {
        return "resident-" + resident;
    }

    /** Ideas residents can support (published, listed), most supported first. */
    static long[] supportableIdeas(int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select id from idea where listed = true and state = 'PUBLISHED' "
                        + "order by support_count desc limit " + count)) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** The first draft of the data set (the demo panel's, being written by its members). */
    static long firstDraft() throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            return single(statement, "select min(id) from draft")[0];
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady(Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the server was not ready after 6 minutes; see " + log);
    }

    private void growIdeas(long total) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            long last = single(statement, "select coalesce(max(id), 0) from idea")[0];
            long[] themes = single(statement, "select id from theme order by id");
            long[] territories = single(statement, "select id from territory order by id");
            long added = new IdeaSeeder(DB_URL, DB_USER, DB_PASSWORD, themes, territories).after(last).growTo(total);
            Bench.note("load: %,d ideas (%,d from the demo data set)", last + added, last);
        }
    }

    private static long[] single(Statement statement, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** The benchmark's database, dropped and created again: Flyway and the demo data start from nothing. */
    private static void recreateDatabase() throws SQLException {
        String name = DB_URL.replaceFirst("^jdbc:mariadb://[^/]+/", "").replaceFirst("[?].*$", "");
        if (!name.matches("[A-Za-z0-9_]+") || !name.contains("bench")) {
            throw new IllegalStateException("refusing to drop " + name + ": not a benchmark database");
        }
        String server = DB_URL.replaceFirst("/" + name, "/");
        try (Connection connection = DriverManager.getConnection(server, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " character set utf8mb4");
        }
    }

    private static String accounts(int residents) {
        StringBuilder yaml = new StringBuilder("# Written by the load benchmarks: the simulated residents' accounts.\n"
                + "sensible:\n  demo:\n    accounts:\n"
                + "      - { username: alice, password: \"{noop}demo\", display-name: \"Alice des Tilleuls\" }\n");
        for (int i = 0; i < residents; i++) {
            yaml.append("      - { username: ").append(username(i)).append(", password: \"{noop}").append(PASSWORD)
                    .append("\", display-name: \"Habitante ").append(i).append("\" }\n");
        }
        return yaml.toString();
    }

    /** The jar the package phase built, which must carry the production front end (the bench profile builds it). */
    private static Path productionJar() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("sensible-city-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/sensible-city-*.jar: run ./mvnw -Pbench verify"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.stream().filter(entry -> entry.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json"))
                    .findFirst().orElse(null);
            String text = "";
            if (info != null) {
                try (InputStream in = zip.getInputStream(info)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " has no production front end: run ./mvnw -Pbench verify, "
                        + "whose package phase builds it");
            }
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
