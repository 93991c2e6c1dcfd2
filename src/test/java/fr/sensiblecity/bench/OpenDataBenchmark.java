package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A million ideas downloaded as {@code /open-data/ideas.csv} and {@code .json} over HTTP from the running server,
 * while the heap's peak is watched: with rows streamed from the database to the socket, the peak stays far below
 * what a million rows would take in memory. Run it with a small heap to prove it, e.g.
 * {@code ./mvnw -Pbench verify -Dbench=open-data -Dbench.jvm=-Xmx256m}. Besides the heap's peak (which
 * the collector lets rise towards the limit), it reports the most the heap held right after a collection: what
 * the download really keeps alive, next to what the idle application held before it. Each file must hold one
 * record per public idea, or the benchmark fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
@EnabledIfSystemProperty(named = "bench", matches = "all|open-data")
@DirtiesContext
class OpenDataBenchmark {

    private static final long IDEAS = Long.getLong("bench.open-data.ideas", 1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void a_million_ideas_stream_in_bounded_memory() throws Exception {
        Bench.wipe(jdbc);
        long[] themes = jdbc.queryForList("select id from theme order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        long seeding = System.nanoTime();
        new IdeaSeeder(url, user, password, themes, Bench.territories(jdbc, 30)).growTo(IDEAS);
        long listed = jdbc.queryForObject("select count(*) from idea where listed = true", Long.class);
        Bench.note("open-data: %,d ideas seeded in %.1f s (%,d public)", IDEAS, (System.nanoTime() - seeding) / 1e9, listed);

        HttpClient http = HttpClient.newHttpClient();
        download(http, "csv", listed);
        for (String format : List.of("csv", "json")) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            long idle = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong liveAfterGc = new AtomicLong();
            Thread sampler = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    liveAfterGc.accumulateAndGet(heap.stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0
                            : pool.getCollectionUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            long bytes = download(http, format, listed);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            Bench.report("open-data", "ideas", IDEAS, "seconds", seconds, "peak_heap_mb", peak / 1_048_576d,
                    "format", format, "live_after_gc_mb", liveAfterGc.get() / 1_048_576d,
                    "idle_after_gc_mb", idle / 1_048_576d, "max_heap_mb",
                    Runtime.getRuntime().maxMemory() / 1_048_576d, "rows", listed, "file_mb", bytes / 1_048_576d);
        }
    }

    /**
     * The whole file, read from the socket and thrown away, its records counted on the way (a CSV line ends outside
     * quotes; a JSON object opens at the array's level); fails unless it holds one record per public idea. Returns
     * the file's size.
     */
    private long download(HttpClient http, String format, long expectedRows) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/open-data/ideas." + format)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("open-data answered " + response.statusCode());
        }
        long bytes = 0;
        RecordCounter records = format.equals("csv") ? new CsvRecords() : new JsonRecords();
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) > 0;) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    records.next(buffer[i]);
                }
            }
        }
        assertThat(records.rows()).as("records in ideas.%s, one per public idea", format).isEqualTo(expectedRows);
        return bytes;
    }

    private interface RecordCounter {
        void next(byte b);

        long rows();
    }

    /** RFC 4180: a header line, then one CRLF-ended line per record; line breaks inside quotes belong to a field. */
    private static final class CsvRecords implements RecordCounter {
        private boolean quoted;
        private long lines;

        @Override
        public void next(byte b) {
            if (b == '"') {
                quoted = !quoted; // a doubled quote inside a field flips twice
            } else if (b == '\n' && !quoted) {
                lines++;
            }
        }

        @Override
        public long rows() {
            return lines - 1;
        }
    }

    /** An array of flat objects: each object opens at depth 1, outside strings. */
    private static final class JsonRecords implements RecordCounter {
        private boolean inString;
        private boolean escaped;
        private int depth;
        private long objects;

        @Override
        public void next(byte b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (b == '{' && depth == 1) {
                    objects++;
                }
                depth++;
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }

        @Override
        public long rows() {
            return objects;
        }
    }
}
