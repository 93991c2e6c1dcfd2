package fr.sensiblecity.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM and, when MariaDB runs on this machine, by the server (read from /proc). On a
 * machine of two cores, CPU per operation explains throughput better than anything else. The server's figure
 * includes whatever other clients make it do meanwhile.
 */
final class CpuClock {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Path serverStat;

    CpuClock() {
        this.serverStat = findServer();
    }

    long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    OptionalLong serverNanos() {
        return serverStat == null ? OptionalLong.empty() : cpuNanos(serverStat);
    }

    /** CPU time (user and system) used so far by the process {@code pid} of this machine, from /proc. */
    static OptionalLong processNanos(long pid) {
        return cpuNanos(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static OptionalLong cpuNanos(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    private static Path findServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> {
                        try {
                            String name = Files.readString(dir.resolve("comm")).strip();
                            return name.equals("mariadbd") || name.equals("mysqld");
                        } catch (IOException | RuntimeException gone) {
                            return false;
                        }
                    }).map(dir -> dir.resolve("stat")).findFirst().orElse(null);
        } catch (IOException | RuntimeException noProc) {
            return null;
        }
    }
}
