package org.pathwork.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time this JVM (clients and application together) and PostgreSQL's processes spend during
 * a load window, read from the JVM and from /proc. On a 2-core machine shared by both, these say
 * where an operation's time goes better than its latency does. PostgreSQL's time is summed per
 * process over those alive at both ends of the window (and those started during it), so a backend
 * that exits in between is left out rather than making the sum go backwards.
 */
final class CpuMeter {

    /** CPU milliseconds spent during a window. */
    record Spent(double jvmMs, double postgresMs) {
    }

    private static final double MS_PER_TICK = 10.0;   // USER_HZ is 100 on Linux
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long jvmNanos;
    private final Map<Long, Long> postgresTicks;

    private CpuMeter(long jvmNanos, Map<Long, Long> postgresTicks) {
        this.jvmNanos = jvmNanos;
        this.postgresTicks = postgresTicks;
    }

    static CpuMeter start() {
        return new CpuMeter(OS.getProcessCpuTime(), postgresTicks());
    }

    Spent spent() {
        long jvm = OS.getProcessCpuTime() - jvmNanos;
        long ticks = 0;
        for (Map.Entry<Long, Long> now : postgresTicks().entrySet()) {
            ticks += now.getValue() - postgresTicks.getOrDefault(now.getKey(), 0L);
        }
        return new Spent(jvm / 1e6, ticks * MS_PER_TICK);
    }

    /** utime + stime in clock ticks of every process called "postgres", by pid; empty where /proc is not. */
    private static Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!"postgres".equals(stat.substring(stat.indexOf('(') + 1, close))) {
                        return;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks.put(Long.parseLong(p.getFileName().toString()), Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException noProc) {
            // not Linux: no PostgreSQL figure
        }
        return ticks;
    }
}
