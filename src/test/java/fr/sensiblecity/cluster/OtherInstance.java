package fr.sensiblecity.cluster;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second instance of the application in a process of its own, as in production: the same code (this test
 * run's class path), the same database and the same Redis as the test's own instance. Stopped when closed.
 */
final class OtherInstance implements AutoCloseable {

    private final Process process;
    private final int port;

    private OtherInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts an instance with these settings ({@code name=value}) and waits until it answers HTTP. */
    static OtherInstance start(String logName, Map<String, String> settings) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "fr.sensiblecity.Application", "--spring.profiles.active=test", "--server.port=" + port,
                "--vaadin.devmode.devTools.enabled=false"));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        File log = Path.of("target", logName + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        OtherInstance instance = new OtherInstance(builder.start(), port);
        instance.awaitReady(Duration.ofMinutes(3), log);
        return instance;
    }

    int port() {
        return port;
    }

    private void awaitReady(Duration patience, File log) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the other instance stopped at start; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/")
                        .toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the other instance did not answer within " + patience + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
