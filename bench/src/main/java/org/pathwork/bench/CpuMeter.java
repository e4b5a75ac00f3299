package org.pathwork.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time this JVM (clients and application together) and one database's PostgreSQL backends
 * spend during a load window, read from the JVM and from /proc. On a 2-core machine shared by both,
 * these say where an operation's time goes better than its latency does.
 *
 * <p>PostgreSQL's side counts only the backends connected to the measured database: their pids come
 * from {@code pg_stat_activity} (where {@code datname} is that database) at the start and at the end of
 * the window, and their {@code utime + stime} from {@code /proc/<pid>/stat} at both moments. Only a
 * backend present at both ends is counted, with the difference of its two readings. What escapes the
 * count:
 * <ul>
 *   <li>a backend that exits during the window (a pool retiring a connection at its maximum lifetime,
 *       a client closing one): its CPU since the window started is lost;</li>
 *   <li>a backend that starts during the window (a pool opening a connection, a parallel query worker):
 *       its CPU until the window ends is lost, as is that of any worker that comes and goes within it;</li>
 *   <li>the cluster's shared processes, which have no database: the checkpointer, the background
 *       writer, the WAL writer, the autovacuum launcher, the logical replication launcher. Work they do
 *       for our commits (writing dirty pages and WAL that a backend did not flush itself) is not
 *       counted; nor is the postmaster's work of forking a backend.</li>
 * </ul>
 * The bench opens its connections (JDBC clients, HikariCP pools at their minimum of idle connections,
 * which is their maximum size) before each window, so the first two are rare; the third is a small,
 * steady share that the raw inserts and the application's commands both leave out. Other databases'
 * backends (other builds' test databases on the same cluster) are not counted at all: that is the
 * point. The two readings of pg_stat_activity go through a connection to the {@code postgres}
 * database, which is not the measured one.
 */
final class CpuMeter {

    /** CPU milliseconds spent during a window. */
    record Spent(double jvmMs, double postgresMs) {
    }

    private static final double MS_PER_TICK = 10.0;   // USER_HZ is 100 on Linux
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile Database benchDatabase;

    /** Where to find a database's backends: the server's URL (ending in '/'), its name and the credentials. */
    record Database(String serverUrl, String name, String user, String password) {
    }

    private final Database database;
    private final long jvmNanos;
    private final Map<Long, Long> postgresTicks;

    private CpuMeter(Database database, long jvmNanos, Map<Long, Long> postgresTicks) {
        this.database = database;
        this.jvmNanos = jvmNanos;
        this.postgresTicks = postgresTicks;
    }

    /** The database that {@link #start()} measures: the application's, set once the bench has made it. */
    static void measureByDefault(Database database) {
        benchDatabase = database;
    }

    /** Starts a window on the application's database (see {@link #measureByDefault}). */
    static CpuMeter start() {
        Database db = benchDatabase;
        if (db == null) {
            throw new IllegalStateException("CpuMeter: no bench database set; call measureByDefault first");
        }
        return start(db);
    }

    static CpuMeter start(Database database) {
        return new CpuMeter(database, OS.getProcessCpuTime(), backendTicks(database));
    }

    Spent spent() {
        long jvm = OS.getProcessCpuTime() - jvmNanos;
        long ticks = 0;
        for (Map.Entry<Long, Long> now : backendTicks(database).entrySet()) {
            Long before = postgresTicks.get(now.getKey());
            if (before != null) {
                ticks += Math.max(0, now.getValue() - before);
            }
        }
        return new Spent(jvm / 1e6, ticks * MS_PER_TICK);
    }

    /**
     * utime + stime in clock ticks of each backend connected to the database, by pid; empty where
     * /proc is not (then the PostgreSQL figure is 0: PostgreSQL runs elsewhere).
     */
    private static Map<Long, Long> backendTicks(Database database) {
        Map<Long, Long> ticks = new HashMap<>();
        for (long pid : backendPids(database)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (IOException | RuntimeException gone) {
                // the backend exited since pg_stat_activity listed it, or there is no /proc
            }
        }
        return ticks;
    }

    private static List<Long> backendPids(Database database) {
        try (Connection c = DriverManager.getConnection(database.serverUrl() + "postgres", database.user(),
                database.password());
             PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where datname = ?")) {
            s.setString(1, database.name());
            try (ResultSet rs = s.executeQuery()) {
                List<Long> pids = new ArrayList<>();
                while (rs.next()) {
                    pids.add(rs.getLong(1));
                }
                return pids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("CpuMeter: cannot list the backends of " + database.name(), e);
        }
    }
}
