package org.pathwork.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.camunda.bpm.engine.ProcessEngine;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.AuditMetadata;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.opportunity.api.OpportunityPublished;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.SeatReserved;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.roster.GeneratedRoster;
import org.pathwork.workflow.people.roster.RosterImport;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.ApplicationSubmitted;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.pathwork.workflow.placement.api.PlacementApproved;
import org.pathwork.workflow.placement.api.PlacementStarted;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the benchmarks of issue 5, of the roster import and of the equity reports against a fresh PostgreSQL database,
 * prints a table and writes target/bench/results.json under the repository root (the first argument).
 *
 * The hours and lifecycle sections alternate their windows (raw commits and hours commands; Camunda
 * alone and the application's lifecycles) bench.rounds times per load level and report the median and
 * the range of each figure, so that a change of load on the shared machine lands on both sides; ratios
 * are those of the medians. Between load levels the databases are vacuumed and analyzed.
 *
 * System properties: bench.seconds (per window, default 15), bench.rounds (alternations per load
 * level, default 3), bench.replay.events (default 1 000 000), bench.roster.students (default
 * 20 000), bench.reports.students (default 20 000), bench.reports.placements (default 50 000),
 * bench.only (comma list of hours,lifecycles,history,replay,roster,reports,startup; default all),
 * bench.pg.url / bench.pg.user / bench.pg.password (default 127.0.0.1:5432, postgres),
 * bench.app.jvm.args (JVM options of the application started for the start-up and memory figures, its
 * training run included; default the JAVA_OPTS of docker-compose.yml, what a deployment runs with).
 */
public final class BenchMain {

    private static final String SERVER = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("bench.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("bench.pg.password", "");
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "15"));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final long REPLAY_EVENTS = Long.getLong("bench.replay.events", 1_000_000);
    private static final int ROSTER_STUDENTS = Integer.getInteger("bench.roster.students", 20_000);
    private static final List<String> ONLY = Arrays.asList(System.getProperty("bench.only", "all").split(","));
    private static final int PLACEMENTS = 1_000;
    private static final int MINUTES_PER_ENTRY = 30;
    private static final int ENTRIES_PER_DAY = 40;   // 20 h: under the 24-hours-a-day rule
    private static final int UI_SESSIONS = 200;

    private final Results results = new Results();
    private ConfigurableApplicationContext ctx;
    private World world;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        new BenchMain().run(root);
        System.exit(0);
    }

    static void log(String format, Object... args) {
        System.out.printf("%s %s%n", LocalTime.now().withNano(0), String.format(format, args));
        System.out.flush();
    }

    private static boolean wanted(String name) {
        return ONLY.contains("all") || ONLY.contains(name);
    }

    private void run(Path root) throws Exception {
        log("Pathwork benchmarks: %.0f s per load level, %,d events to replay, %d cores, load average %s",
                SECONDS, REPLAY_EVENTS, Runtime.getRuntime().availableProcessors(), loadAverage());
        if (wanted("hours") || wanted("lifecycles") || wanted("history") || wanted("replay") || wanted("roster")
                || wanted("reports")) {
            String db = "pathwork_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin("create database " + db);
            CpuMeter.measureByDefault(new CpuMeter.Database(SERVER, db, USER, PASSWORD));
            try {
                ctx = new SpringApplicationBuilder(BenchApplication.class)
                        .properties(Map.of("spring.datasource.url", SERVER + db, "spring.datasource.username", USER,
                                "spring.datasource.password", PASSWORD))
                        .run();
                world = ctx.getBean(World.class);
                world.init();
                if (wanted("hours")) {
                    hoursLogging(db);
                }
                if (wanted("lifecycles")) {
                    lifecycles(db);
                }
                if (wanted("history")) {
                    longHistories();
                }
                if (wanted("replay")) {
                    replay();
                }
                if (wanted("roster")) {
                    roster(db);
                }
                if (wanted("reports")) {
                    new ReportsBench(ctx, world, results).run();
                }
            } finally {
                if (ctx != null) {
                    ctx.close();
                }
                admin("drop database if exists " + db + " with (force)");
            }
        }
        if (wanted("startup")) {
            startup(root);
        }
        Path json = root.resolve("target/bench/results.json");
        results.write(json);
        log("load average at the end: %s", loadAverage());
        System.out.println();
        System.out.print(results.table());
        System.out.println();
        log("written to %s", json);
    }

    // --- 1. hours logging against PostgreSQL's own single-row insert-and-commit ------------------

    private void hoursLogging(String db) throws Exception {
        log("hours logging: setting up %d active placements", PLACEMENTS);
        List<Actor> supervisors = new ArrayList<>();
        List<String> opportunities = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Actor s = world.supervisor();
            supervisors.add(s);
            opportunities.add(world.opportunity(s, 100, 2));
        }
        List<Actor> students = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            students.add(world.student());
        }
        String[] ids = new String[PLACEMENTS];
        Actor[] supervisorOf = new Actor[PLACEMENTS];
        parallel(8, PLACEMENTS, i -> {
            // each student on a different opportunity each time round: one open application per opportunity
            int o = (i + i / students.size()) % opportunities.size();
            // the opportunity's own supervisor: approval makes them the placement's, the one who may start it
            supervisorOf[i] = supervisors.get(o);
            ids[i] = world.activePlacement(students.get(i % students.size()), supervisorOf[i], opportunities.get(o));
        });
        AtomicInteger[] entries = new AtomicInteger[PLACEMENTS];
        Arrays.setAll(entries, i -> new AtomicInteger());
        LocalDate first = world.plannedStart();
        PlacementService placements = world.placements;
        Load.Operation logHours = client -> {
            int i = ThreadLocalRandom.current().nextInt(PLACEMENTS);
            int k = entries[i].getAndIncrement();
            placements.logHours(supervisorOf[i], ids[i], first.plusDays(k / ENTRIES_PER_DAY), MINUTES_PER_ENTRY,
                    "Pair programming with the team");
        };

        admin(db, "create table bench_commit (id bigint generated by default as identity primary key,"
                + " placement_id varchar(64) not null, minutes integer not null, activity varchar not null,"
                + " logged_at timestamp with time zone not null default now())");
        analyze(db);
        log("hours logging: warming up");
        Load.run(8, Math.min(5, SECONDS), logHours);
        log("hours logging: %d rounds per load level of raw commits (one connection per client, then a HikariCP pool"
                        + " of %d connections, the application's size) and hours commands, %.0f s each", ROUNDS,
                applicationPool().getMaximumPoolSize(), SECONDS);
        try (HikariDataSource pool = poolLike(applicationPool(), db, "bench-raw-commits")) {
            Load.Operation pooled = client -> {
                // as a Spring transaction does it: borrow, autocommit off, work, commit, give back
                try (Connection c = pool.getConnection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement insert = c.prepareStatement(INSERT_COMMIT)) {
                        insertOne(insert);
                    }
                    c.commit();
                }
            };
            for (int clients : new int[]{1, 8, 32}) {
                vacuumAnalyze(db);
                try (DirectClients direct = new DirectClients(db, clients)) {
                    Load.run(clients, 2, direct);
                    Load.run(clients, 2, pooled);
                    List<Load.Outcome> directRuns = new ArrayList<>();
                    List<Load.Outcome> pooledRuns = new ArrayList<>();
                    List<Load.Outcome> ours = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        directRuns.add(Load.run(clients, SECONDS, direct));
                        pooledRuns.add(Load.run(clients, SECONDS, pooled));
                        ours.add(Load.run(clients, SECONDS, logHours));
                        log("  %d clients, round %d: raw %,.0f direct, %,.0f pooled commits/s; hours %,.0f commands/s;"
                                        + " load average %s", clients, r + 1, directRuns.get(r).perSecond(),
                                pooledRuns.get(r).perSecond(), ours.get(r).perSecond(), loadAverage());
                    }
                    reportHoursLevel(clients, directRuns, pooledRuns, ours);
                }
            }
        }
    }

    private void reportHoursLevel(int clients, List<Load.Outcome> direct, List<Load.Outcome> pooled,
                                  List<Load.Outcome> ours) {
        Results.Spread directRate = spread(direct, Load.Outcome::perSecond);
        Results.Spread pooledRate = spread(pooled, Load.Outcome::perSecond);
        report("pg_commit_direct", direct);
        results.add("pg_commit_ceiling_direct_per_s", clients, directRate, "commits/s");
        report("pg_commit_pooled", pooled);
        results.add("pg_commit_ceiling_pooled_per_s", clients, pooledRate, "commits/s");
        boolean pooledWins = pooledRate.median() > directRate.median();
        List<Load.Outcome> ceiling = pooledWins ? pooled : direct;
        log("  the ceiling at %d clients is the %s one", clients, pooledWins ? "pooled" : "direct");
        Results.Spread ceilingRate = pooledWins ? pooledRate : directRate;
        Results.Spread ceilingP99 = spread(ceiling, o -> o.percentileMs(99));
        results.add("pg_commit_ceiling_per_s", clients, ceilingRate, "commits/s");
        results.add("pg_commit_p50_ms", clients, spread(ceiling, o -> o.percentileMs(50)), "ms");
        results.add("pg_commit_p99_ms", clients, ceilingP99, "ms");

        Results.Spread oursRate = spread(ours, Load.Outcome::perSecond);
        Results.Spread oursP99 = spread(ours, o -> o.percentileMs(99));
        report("hours_logging", ours);
        results.add("hours_logging_per_s", clients, oursRate, "commands/s");
        results.add("hours_logging_refusals", clients, ours.stream().mapToLong(Load.Outcome::failed).sum(),
                "commands");
        results.add("hours_logging_ratio_to_pg", clients, oursRate.median() / ceilingRate.median(), "ratio");
        results.add("hours_logging_p99_ratio_to_pg", clients, oursP99.median() / ceilingP99.median(), "ratio");
        ours.forEach(o -> o.failures().forEach(f -> log("  refused: %s", f)));
    }

    private static final String INSERT_COMMIT =
            "insert into bench_commit (placement_id, minutes, activity) values (?, ?, ?)";

    private static void insertOne(PreparedStatement insert) throws SQLException {
        insert.setString(1, "9f1c2b7e-1f0e-4d8a-9a57-3c1e5e2f7a10");
        insert.setInt(2, MINUTES_PER_ENTRY);
        insert.setString(3, "Pair programming with the team");
        insert.executeUpdate();
    }

    /** One JDBC connection per client, each inserting one row and committing, as fast as it can. */
    private static final class DirectClients implements Load.Operation, AutoCloseable {

        private final Connection[] connections;
        private final PreparedStatement[] inserts;

        DirectClients(String db, int clients) throws SQLException {
            connections = new Connection[clients];
            inserts = new PreparedStatement[clients];
            for (int c = 0; c < clients; c++) {
                connections[c] = DriverManager.getConnection(SERVER + db, USER, PASSWORD);
                connections[c].setAutoCommit(false);
                inserts[c] = connections[c].prepareStatement(INSERT_COMMIT);
            }
        }

        @Override
        public void run(int client) throws Exception {
            insertOne(inserts[client]);
            connections[client].commit();
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : connections) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /** The application's HikariCP pool, behind its FairDataSource. */
    private HikariDataSource applicationPool() throws SQLException {
        return ctx.getBean(DataSource.class).unwrap(HikariDataSource.class);
    }

    /**
     * A HikariCP pool on the database configured as the application's: its size
     * (spring.datasource.hikari.maximum-pool-size, HikariCP's default 10), its driver properties
     * (reWriteBatchedInserts), its auto-commit default; not the FairDataSource the application puts in
     * front of it.
     */
    static HikariDataSource poolLike(HikariDataSource application, String db, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(SERVER + db);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(application.getMaximumPoolSize());
        config.setDataSourceProperties(application.getDataSourceProperties());
        config.setAutoCommit(application.isAutoCommit());
        return new HikariDataSource(config);
    }

    /** Each figure of a level as the median and range of its windows. */
    private void report(String name, List<Load.Outcome> runs) {
        int clients = runs.get(0).clients();
        results.add(name + "_p50_ms", clients, spread(runs, o -> o.percentileMs(50)), "ms");
        results.add(name + "_p99_ms", clients, spread(runs, o -> o.percentileMs(99)), "ms");
        results.add(name + "_max_ms", clients, spread(runs, Load.Outcome::maxMs), "ms");
        cpu(name, runs);
    }

    /** Where an operation's time goes on this shared machine: CPU in our JVM and in the database's backends. */
    private void cpu(String name, List<Load.Outcome> runs) {
        int clients = runs.get(0).clients();
        results.add(name + "_jvm_cpu_ms", clients, spread(runs, Load.Outcome::jvmCpuMsPerOp), "ms/op");
        results.add(name + "_pg_cpu_ms", clients, spread(runs, Load.Outcome::postgresCpuMsPerOp), "ms/op");
    }

    private static Results.Spread spread(List<Load.Outcome> runs, ToDoubleFunction<Load.Outcome> figure) {
        return Results.Spread.of(runs.stream().mapToDouble(figure).toArray());
    }

    // --- 2. whole lifecycles, and the same process steps on Camunda alone ----------------------------

    private void lifecycles(String db) throws Exception {
        int maxClients = 32;
        Actor[] students = new Actor[maxClients];
        Actor[] supervisors = new Actor[maxClients];
        String[] opportunity = new String[maxClients];
        int[] seatsUsed = new int[maxClients];
        int seats = 50;
        for (int c = 0; c < maxClients; c++) {
            students[c] = world.student();
            supervisors[c] = world.supervisor();
            opportunity[c] = world.opportunity(supervisors[c], seats, 2);
        }
        PlacementService p = world.placements;
        Actor coordinator = world.coordinator();
        LocalDate today = world.today();
        DurableSkillRatings ratings = new DurableSkillRatings(3, 4, 3, 2, 4, 3);
        // 15 commands: apply, approve (+ reserve seat), start, 4 × hours, feedback, journal, final
        // reflection, accept, end, evaluation, sign-off. CamundaOnlyBench.lifecycle takes the same
        // process steps: change both together.
        Load.Operation lifecycle = c -> {
            if (seatsUsed[c]++ == seats) {
                opportunity[c] = world.opportunity(supervisors[c], seats, 2);
                seatsUsed[c] = 1;
            }
            Actor student = students[c];
            Actor supervisor = supervisors[c];
            String id = p.apply(student, opportunity[c], List.of("Understand how a workplace runs"),
                    today.minusDays(3), today.plusDays(60));
            p.approve(coordinator, id, null, null, "Approved");
            p.start(supervisor, id);
            for (int d = 3; d >= 0; d--) {
                p.logHours(supervisor, id, today.minusDays(d), 60, "Shadowing the support desk");
            }
            p.giveFeedback(supervisor, id, "Asks good questions.");
            p.submitReflection(student, id, "Week one: learned the ticket system.", false);
            String reflection = p.submitReflection(student, id, "What I learned and what I want to do next.", true);
            p.acceptReflection(coordinator, id, reflection, "Thoughtful.");
            p.end(supervisor, id);
            p.submitEvaluation(supervisor, id, ratings, "Ready for more.");
            p.complete(coordinator, id, "Well done.");
        };
        String[] studentIds = Arrays.stream(students).map(Actor::personId).toArray(String[]::new);
        String[] supervisorIds = Arrays.stream(supervisors).map(Actor::personId).toArray(String[]::new);
        String anchorDb = db + "_camunda";
        try (CamundaOnlyBench anchor = CamundaOnlyBench.open(anchorDb, applicationPool(),
                ctx.getBean(ProcessEngine.class), ctx.getBean(PathworkProperties.class), ctx.getBean(Clock.class))) {
            CpuMeter.Database anchorCpu = new CpuMeter.Database(SERVER, anchorDb, USER, PASSWORD);
            Load.Operation camundaOnly = c -> anchor.lifecycle(studentIds[c], supervisorIds[c], today.minusDays(3),
                    today.plusDays(60));
            // as many running instances as the application's engine holds (the hours section's active
            // placements), so that both engines' tables are alike in size when the lifecycles run
            long running = ctx.getBean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery().count();
            log("camunda alone: taking %,d instances to the active stage, as many as the application's engine runs",
                    running);
            parallel(8, (int) running, i -> anchor.active(studentIds[i % maxClients], supervisorIds[i % maxClients],
                    world.plannedStart(), today.plusDays(365)));
            analyze(db);
            analyze(anchorDb);
            log("lifecycles: warming up (application, then Camunda alone)");
            Load.run(8, Math.min(5, SECONDS), lifecycle);
            Load.run(anchorCpu, 8, Math.min(5, SECONDS), camundaOnly);
            for (int clients : new int[]{8, 32}) {
                vacuumAnalyze(db);
                vacuumAnalyze(anchorDb);
                Map<String, long[]> oursTables = tableReads(db);
                Map<String, long[]> aloneTables = tableReads(anchorDb);
                List<Load.Outcome> ours = new ArrayList<>();
                List<Load.Outcome> alone = new ArrayList<>();
                long[] oursWork = new long[DATABASE_WORK];
                long[] aloneWork = new long[DATABASE_WORK];
                for (int r = 0; r < ROUNDS; r++) {
                    alone.add(measured(anchorDb, aloneWork, () -> Load.run(anchorCpu, clients, SECONDS, camundaOnly)));
                    ours.add(measured(db, oursWork, () -> Load.run(clients, SECONDS, lifecycle)));
                    log("  %d clients, round %d: Camunda alone %.1f, application %.1f lifecycles/s; load average %s",
                            clients, r + 1, alone.get(r).perSecond(), ours.get(r).perSecond(), loadAverage());
                }
                reportLifecycles(clients, ours, oursWork, alone, aloneWork);
                logMostRead("application", db, oursTables, ours);
                logMostRead("Camunda alone", anchorDb, aloneTables, alone);
            }
        } finally {
            admin("drop database if exists " + anchorDb + " with (force)");
        }
    }

    private void reportLifecycles(int clients, List<Load.Outcome> ours, long[] oursWork, List<Load.Outcome> alone,
                                  long[] aloneWork) {
        double n = ours.stream().mapToLong(o -> o.ok() + o.failed()).sum();
        results.add("lifecycle_transactions", clients, oursWork[0] / n, "per lifecycle");
        results.add("lifecycle_engine_rows_written", clients, oursWork[1] / n, "per lifecycle");
        results.add("lifecycle_engine_index_scans", clients, oursWork[2] / n, "per lifecycle");
        results.add("lifecycle_pathwork_rows_written", clients, oursWork[3] / n, "per lifecycle");
        results.add("lifecycle_pathwork_index_scans", clients, oursWork[4] / n, "per lifecycle");
        results.add("lifecycle_engine_rows_read", clients, oursWork[5] / n, "per lifecycle");
        results.add("lifecycle_pathwork_rows_read", clients, oursWork[6] / n, "per lifecycle");
        Results.Spread oursRate = spread(ours, Load.Outcome::perSecond);
        results.add("lifecycles_per_s", clients, oursRate, "lifecycles/s");
        results.add("lifecycle_commands_per_s", clients, spread(ours, o -> o.perSecond() * 15), "commands/s");
        results.add("lifecycle_p50_ms", clients, spread(ours, o -> o.percentileMs(50)), "ms");
        results.add("lifecycle_p99_ms", clients, spread(ours, o -> o.percentileMs(99)), "ms");
        results.add("lifecycle_failures", clients, ours.stream().mapToLong(Load.Outcome::failed).sum(), "lifecycles");
        cpu("lifecycle", ours);
        ours.forEach(o -> o.failures().forEach(f -> log("  failed: %s", f)));

        double m = alone.stream().mapToLong(o -> o.ok() + o.failed()).sum();
        results.add("camunda_only_lifecycle_transactions", clients, aloneWork[0] / m, "per lifecycle");
        results.add("camunda_only_lifecycle_engine_rows_written", clients, aloneWork[1] / m, "per lifecycle");
        results.add("camunda_only_lifecycle_engine_index_scans", clients, aloneWork[2] / m, "per lifecycle");
        results.add("camunda_only_lifecycle_engine_rows_read", clients, aloneWork[5] / m, "per lifecycle");
        Results.Spread aloneRate = spread(alone, Load.Outcome::perSecond);
        results.add("camunda_only_lifecycles_per_s", clients, aloneRate, "lifecycles/s");
        results.add("camunda_only_lifecycle_p50_ms", clients, spread(alone, o -> o.percentileMs(50)), "ms");
        results.add("camunda_only_lifecycle_p99_ms", clients, spread(alone, o -> o.percentileMs(99)), "ms");
        results.add("camunda_only_lifecycle_failures", clients, alone.stream().mapToLong(Load.Outcome::failed).sum(),
                "lifecycles");
        cpu("camunda_only_lifecycle", alone);
        alone.forEach(o -> o.failures().forEach(f -> log("  failed on Camunda alone: %s", f)));
        results.add("lifecycles_ratio_to_camunda_only", clients, oursRate.median() / aloneRate.median(), "ratio");
    }

    interface Window {
        Load.Outcome run() throws Exception;
    }

    /** Runs a window and adds the database's work during it (see {@link #databaseWork}) to {@code total}. */
    private static Load.Outcome measured(String db, long[] total, Window window) throws Exception {
        long[] before = databaseWork(db);
        Load.Outcome o = window.run();
        long[] after = databaseWork(db);
        for (int i = 0; i < total.length; i++) {
            total[i] += after[i] - before[i];
        }
        return o;
    }

    /**
     * Brings the planner's statistics up to date after a setup that filled tables within seconds, as
     * autovacuum keeps them on a database that got there over weeks. Without it, plans made when a
     * table was nearly empty (a "rare" value read through its index) stay in use for the load.
     */
    private static void analyze(String db) throws SQLException {
        admin(db, "analyze");
    }

    /**
     * Between load levels: the test cluster runs with autovacuum off, so the dead rows of the level
     * before (every process step updates and deletes engine rows; every raw window adds thousands of
     * rows) would otherwise stay for the next level to read past, a handicap that grows with the run.
     */
    private static void vacuumAnalyze(String db) throws SQLException {
        long t0 = System.nanoTime();
        admin(db, "vacuum analyze");
        log("  vacuum analyze %s: %.1f s", db, (System.nanoTime() - t0) / 1e9);
    }

    /** Per table: sequential scans, rows they read, index scans, rows fetched through indexes. */
    private static Map<String, long[]> tableReads(String db) throws SQLException {
        Map<String, long[]> reads = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + db, USER, PASSWORD); Statement s = c.createStatement();
             var rs = s.executeQuery("select relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0),"
                     + " coalesce(idx_tup_fetch, 0) from pg_stat_user_tables")) {
            while (rs.next()) {
                reads.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            }
        }
        return reads;
    }

    /**
     * Logs the tables that a level's windows read the most rows of, per lifecycle: where the database
     * side of a lifecycle goes (no figure in the results; counters are reported about once a second).
     */
    private static void logMostRead(String who, String db, Map<String, long[]> before, List<Load.Outcome> runs)
            throws SQLException {
        double n = runs.stream().mapToLong(o -> o.ok() + o.failed()).sum();
        Map<String, long[]> after = tableReads(db);
        List<String> lines = new ArrayList<>();
        after.entrySet().stream()
                .map(e -> {
                    long[] b = before.getOrDefault(e.getKey(), new long[4]);
                    long[] d = new long[4];
                    for (int i = 0; i < 4; i++) {
                        d[i] = e.getValue()[i] - b[i];
                    }
                    return Map.entry(e.getKey(), d);
                })
                .sorted((x, y) -> Long.compare(y.getValue()[1] + y.getValue()[3], x.getValue()[1] + x.getValue()[3]))
                .limit(6)
                .forEach(e -> lines.add(String.format("%s %.1f seq scans reading %.0f rows, %.1f index scans fetching"
                        + " %.0f", e.getKey(), e.getValue()[0] / n, e.getValue()[1] / n, e.getValue()[2] / n,
                        e.getValue()[3] / n)));
        log("  most rows read per lifecycle, %s: %s", who, String.join("; ", lines));
    }

    private static final int DATABASE_WORK = 7;

    /**
     * PostgreSQL's counters for a database: commits; rows written (inserted, updated, deleted) and
     * index scans in the process engine's tables (act_*), the same in ours; rows read (through indexes
     * or whole-table scans) in the engine's tables, in ours. A backend reports its counters at most
     * once a second, so over a load level of several seconds they are close, not exact.
     */
    private static long[] databaseWork(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + db, USER, PASSWORD); Statement s = c.createStatement();
             var rs = s.executeQuery("""
                     select (select xact_commit from pg_stat_database where datname = current_database()),
                         sum(n_tup_ins + n_tup_upd + n_tup_del) filter (where relname like 'act\\_%'),
                         sum(coalesce(idx_scan, 0)) filter (where relname like 'act\\_%'),
                         sum(n_tup_ins + n_tup_upd + n_tup_del) filter (where relname not like 'act\\_%'),
                         sum(coalesce(idx_scan, 0)) filter (where relname not like 'act\\_%'),
                         sum(coalesce(idx_tup_fetch, 0) + seq_tup_read) filter (where relname like 'act\\_%'),
                         sum(coalesce(idx_tup_fetch, 0) + seq_tup_read) filter (where relname not like 'act\\_%')
                     from pg_stat_user_tables""")) {
            rs.next();
            long[] work = new long[DATABASE_WORK];
            for (int i = 0; i < work.length; i++) {
                work[i] = rs.getLong(i + 1);
            }
            return work;
        }
    }

    // --- 3. long histories ------------------------------------------------------------------------

    /**
     * One hours command on placements with 10, 1 000 and 5 000 prior events. The history beyond
     * apply/approve/start is appended straight to the event store (HoursLogged events, as commands
     * would have made them). Each timed command loads its aggregate from the store (the aggregate
     * cache is emptied first), after one untimed command on every placement that lets a snapshot
     * trigger fire. The three sizes take turns within each round, so that the host's noise weighs
     * on them alike, and 3 untimed rounds come before the 5 timed ones.
     */
    private void longHistories() throws Exception {
        int perSize = 10;
        int rounds = 5;
        // Untimed rounds first: the code that reads a large snapshot runs nowhere else, and would
        // otherwise be timed while the JIT is still compiling it.
        int warmUpRounds = 3;
        Actor supervisor = world.supervisor();
        String opportunityId = world.opportunity(supervisor, 100, 2);
        EventStorageEngine storage = ctx.getBean(EventStorageEngine.class);
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        Map<String, Object> meta = AuditMetadata.of(supervisor, null, UUID.randomUUID().toString());
        LocalDate first = world.plannedStart();
        int[] sizes = {10, 1_000, 5_000};
        String[][] ids = new String[sizes.length][perSize];
        for (int s = 0; s < sizes.length; s++) {
            for (int i = 0; i < perSize; i++) {
                String id = world.activePlacement(world.student(), supervisor, opportunityId);
                ids[s][i] = id;
                List<EventMessage<?>> events = new ArrayList<>();
                for (int seq = 3; seq < sizes[s]; seq++) {
                    int k = seq - 3;
                    events.add(new GenericDomainEventMessage<>("Placement", id, seq,
                            new HoursLogged(id, UUID.randomUUID().toString(), first.plusDays(k / ENTRIES_PER_DAY),
                                    MINUTES_PER_ENTRY, "Pair programming with the team"), MetaData.from(meta)));
                }
                tx.executeWithoutResult(t -> storage.appendEvents(events));
            }
        }
        clearCaches();
        for (String[] placements : ids) {
            for (String id : placements) {
                world.placements.logHours(supervisor, id, world.today(), 1, "Priming");
            }
        }
        awaitSnapshots(ids[1], ids[2]);
        long[][] nanos = new long[sizes.length][perSize * rounds];
        for (int r = -warmUpRounds; r < rounds; r++) {
            for (int i = 0; i < perSize; i++) {
                for (int s = 0; s < sizes.length; s++) {
                    clearCaches();
                    long t0 = System.nanoTime();
                    world.placements.logHours(supervisor, ids[s][i], world.today(), 1, "Measured");
                    if (r >= 0) {
                        nanos[s][r * perSize + i] = System.nanoTime() - t0;
                    }
                }
            }
        }
        double[] medians = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            Arrays.sort(nanos[s]);
            medians[s] = nanos[s][nanos[s].length / 2] / 1e6;
            results.add("history_latency_" + sizes[s] + "_ms", 1, medians[s], "ms");
        }
        results.add("history_latency_ratio_5000_to_10", 1, medians[2] / medians[0], "ratio");
    }

    /** Snapshots are written in the background: wait until each of these placements has one. */
    private void awaitSnapshots(String[]... placements) throws InterruptedException {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String[] group : placements) {
            for (String id : group) {
                while (jdbc.queryForObject("select count(*) from snapshotevententry where aggregateidentifier = ?",
                        Long.class, id) == 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no snapshot of placement " + id + " after 60 s");
                    }
                    Thread.sleep(50);
                }
            }
        }
    }

    private void clearCaches() {
        ctx.getBeansOfType(Cache.class).values().forEach(Cache::removeAll);
    }

    // --- 4. replay --------------------------------------------------------------------------------

    /**
     * Appends REPLAY_EVENTS events with Axon's storage engine in JDBC batches (no command handling):
     * placements of 100 events each (submitted, approved, seat reserved, started, 96 hours entries)
     * on 100 opportunities; then rebuilds every read model from the whole store.
     */
    private void replay() throws Exception {
        EventStorageEngine storage = ctx.getBean(EventStorageEngine.class);
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        Actor coordinator = world.coordinator();
        Actor supervisor = new Actor(UUID.randomUUID().toString(), Role.SUPERVISOR, Source.API);
        MetaData meta = MetaData.from(AuditMetadata.of(coordinator, null, UUID.randomUUID().toString()));
        MetaData supervisorMeta = MetaData.from(AuditMetadata.of(supervisor, null, UUID.randomUUID().toString()));
        int opportunities = 100;
        long placementsNeeded = REPLAY_EVENTS / 100;
        String[] opps = new String[opportunities];
        List<EventMessage<?>> published = new ArrayList<>();
        for (int o = 0; o < opportunities; o++) {
            opps[o] = UUID.randomUUID().toString();
            published.add(new GenericDomainEventMessage<>("Opportunity", opps[o], 0, new OpportunityPublished(opps[o],
                    "Replay internship " + o, UUID.randomUUID().toString(), "Benchmark.", "Information Technology",
                    Stage.PREPARATION, OpportunityType.INTERNSHIP, false, 10_000, 16, supervisor.personId(), 100), meta));
        }
        tx.executeWithoutResult(t -> storage.appendEvents(published));
        long[] seatSeq = new long[opportunities];
        LocalDate start = world.plannedStart();
        log("replay: appending %,d events", placementsNeeded * 100);
        long t0 = System.nanoTime();
        List<EventMessage<?>> batch = new ArrayList<>();
        for (long p = 0; p < placementsNeeded; p++) {
            String id = UUID.randomUUID().toString();
            int o = (int) (p % opportunities);
            String student = UUID.randomUUID().toString();
            batch.add(new GenericDomainEventMessage<>("Placement", id, 0, new ApplicationSubmitted(id, opps[o], student,
                    List.of("Learn the trade"), start, start.plusDays(365), 16), meta));
            batch.add(new GenericDomainEventMessage<>("Placement", id, 1,
                    new PlacementApproved(id, opps[o], supervisor.personId(), 100, false, "Approved"), meta));
            batch.add(new GenericDomainEventMessage<>("Opportunity", opps[o], ++seatSeq[o],
                    new SeatReserved(opps[o], id, (int) (10_000 - seatSeq[o])), meta));
            batch.add(new GenericDomainEventMessage<>("Placement", id, 2, new PlacementStarted(id, start), meta));
            for (int k = 0; k < 96; k++) {
                batch.add(new GenericDomainEventMessage<>("Placement", id, 3 + k, new HoursLogged(id,
                        UUID.randomUUID().toString(), start.plusDays(k), 240, "Working on the shop floor"), supervisorMeta));
            }
            if (batch.size() >= 10_000) {
                List<EventMessage<?>> b = batch;
                tx.executeWithoutResult(t -> storage.appendEvents(b));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            List<EventMessage<?>> b = batch;
            tx.executeWithoutResult(t -> storage.appendEvents(b));
        }
        log("replay: appended in %.1f s; rebuilding", (System.nanoTime() - t0) / 1e9);
        ProjectionRebuilder rebuilder = ctx.getBean(ProjectionRebuilder.class);
        AtomicLong last = new AtomicLong(System.nanoTime());
        long r0 = System.nanoTime();
        long count = rebuilder.rebuildAll(n -> {
            if (n % 100_000 == 0) {
                log("  replayed %,d events, %.0f events/s", n, n / ((System.nanoTime() - r0) / 1e9));
            }
        });
        double seconds = (System.nanoTime() - r0) / 1e9;
        results.add("replay_events", null, count, "events");
        results.add("replay_events_per_s", null, count / seconds, "events/s");
    }

    // --- 5. roster import -------------------------------------------------------------------------

    /**
     * A district's OneRoster bundle ({@link GeneratedRoster}: 20 schools, each student with a
     * guardian and demographics, teachers the import skips) written to a file, then streamed from it
     * through {@link RosterImport#importBundle} as an administrator: once into a directory without
     * them, once more unchanged (after {@code ANALYZE}, as a nightly import would find it). One run
     * each, with the JIT as cold as the first import of the day finds it.
     */
    private void roster(String db) throws Exception {
        RosterImport roster = ctx.getBean(RosterImport.class);
        Actor admin = world.admin();
        Path zip = Files.createTempFile("pathwork-roster-", ".zip");
        try {
            GeneratedRoster bundle = GeneratedRoster.of("bench", ROSTER_STUDENTS, world.today()).writeTo(zip);
            log("roster: importing %,d students, %,d guardians and %,d teachers (%.1f MB zipped), heap max %,d MB",
                    bundle.students(), bundle.guardians(), bundle.teachers(), Files.size(zip) / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576);
            results.add("roster_bundle_mb", null, Files.size(zip) / 1048576.0, "MB");

            HeapWatch heap = HeapWatch.start();
            long t0 = System.nanoTime();
            RosterImport.Result first = importFile(roster, admin, zip);
            double seconds = (System.nanoTime() - t0) / 1e9;
            HeapWatch.Peaks peaks = heap.finish();
            if (first.created() != bundle.students() + bundle.guardians()) {
                throw new IllegalStateException("the roster import created " + first.created() + " people: " + first);
            }
            log("roster: heap %.0f MB after a full GC before the import; %d collections during it",
                    peaks.baselineBytes() / 1048576.0, peaks.collections());
            results.add("roster_import_s", null, seconds, "s");
            results.add("roster_import_students_per_s", null, bundle.students() / seconds, "students/s");
            results.add("roster_import_peak_heap_mb", null, peaks.peakUsedBytes() / 1048576.0, "MB");
            results.add("roster_import_heap_after_gc_mb", null, peaks.peakAfterGcBytes() / 1048576.0, "MB");

            analyze(db);
            t0 = System.nanoTime();
            RosterImport.Result again = importFile(roster, admin, zip);
            seconds = (System.nanoTime() - t0) / 1e9;
            if (again.unchanged() != bundle.students() + bundle.guardians() || again.created() + again.updated() > 0) {
                throw new IllegalStateException("the same roster again was not unchanged: " + again);
            }
            results.add("roster_reimport_unchanged_s", null, seconds, "s");
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static RosterImport.Result importFile(RosterImport roster, Actor admin, Path zip) throws Exception {
        try (InputStream in = Files.newInputStream(zip)) {
            return roster.importBundle(admin, in, false);
        }
    }

    // --- 6. start-up, idle memory and memory with UI sessions of the packaged application ----------

    /**
     * Start-up as docker-compose.yml does it (deploy/start-with-cds.sh): the jar extracted, a training
     * run writing a class data sharing archive, then the start with that archive; and for comparison the
     * start from the plain jar, right before it. Each start in a working directory of its own, on an
     * empty H2 database. Idle and session memory are those of the start with the archive.
     */
    private void startup(Path root) throws Exception {
        Path jar = root.resolve("web-ui/target/pathwork.jar");
        if (!Files.exists(jar)) {
            log("start-up: %s is missing; build it with ./mvnw -B package -DskipTests", jar);
            return;
        }
        Path logs = root.resolve("target/bench");
        Files.createDirectories(logs);
        String appArgs = System.getProperty("bench.app.jvm.args", composeJavaOpts(root));
        List<String> jvm = appArgs.isBlank() ? List.of() : Arrays.asList(appArgs.trim().split("\\s+"));
        log("start-up: JVM options [%s]", appArgs.trim());
        Path dir = Files.createTempDirectory("pathwork-startup");
        try {
            long t0 = System.nanoTime();
            Path extracted = PackagedApp.extract(jar, dir.resolve("app"), logs.resolve("startup-extract.log"));
            Path archive = dir.resolve("app/pathwork.jsa");
            PackagedApp.train(jvm, extracted, archive, dir.resolve("training"), logs.resolve("startup-training.log"));
            log("start-up: extracted and trained in %.1f s, archive %,d MB", (System.nanoTime() - t0) / 1e9,
                    Files.size(archive) >> 20);

            try (PackagedApp plain = PackagedApp.start(jvm, jar, dir.resolve("plain"),
                    logs.resolve("startup-no-cds-app.log"))) {
                PackagedApp.Answer answer = plain.awaitHttp();
                log("start-up without CDS (plain jar): HTTP %d on / after %.1f s, %.1f s of CPU", answer.status(),
                        answer.seconds(), plain.cpuSeconds());
                results.add("startup_no_cds_s", null, answer.seconds(), "s");
            }

            List<String> withArchive = new ArrayList<>(jvm);
            withArchive.add("-XX:SharedArchiveFile=" + archive);
            try (PackagedApp app = PackagedApp.start(withArchive, extracted, dir.resolve("cds"),
                    logs.resolve("startup-app.log"))) {
                PackagedApp.Answer answer = app.awaitHttp();
                log("start-up with CDS: HTTP %d on / after %.1f s, %.1f s of CPU; idling 20 s", answer.status(),
                        answer.seconds(), app.cpuSeconds());
                results.add("startup_s", null, answer.seconds(), "s");
                Thread.sleep(20_000);
                long idleKb = JvmProbe.rssKb(app.pid());
                results.add("idle_rss_mb", null, idleKb / 1024.0, "MB");
                uiSessions(app.pid(), app.base());
            }
        } finally {
            deleteTree(dir.toFile());
        }
    }

    /** The application's JAVA_OPTS in docker-compose.yml (the one service that sets them), or none. */
    static String composeJavaOpts(Path root) throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s+JAVA_OPTS:\\s*(.*)$")
                .matcher(Files.readString(root.resolve("docker-compose.yml")));
        return m.find() ? m.group(1).replaceAll("^[\"']|[\"']$", "").trim() : "";
    }

    /**
     * 200 signed-in Vaadin sessions with a rendered view each (see {@link UiSessions}), spread over
     * the demo users. RSS is read first (a histogram's full GC may give memory back); then the
     * live heap with the sessions, and again once they are signed out: the difference is what the
     * sessions themselves hold, without one-off caches that their first use filled.
     */
    private void uiSessions(long pid, URI base) throws Exception {
        long idleHeapKb = JvmProbe.committedHeapKb(pid);
        UiSessions sessions = new UiSessions(base);
        long t0 = System.nanoTime();
        sessions.open(UI_SESSIONS, 4);
        log("ui sessions: %d signed in, each with a UI showing its view (%.1f KB of UIDL on average), in %.1f s;"
                + " settling 5 s", sessions.size(), sessions.meanRenderKb(), (System.nanoTime() - t0) / 1e9);
        Thread.sleep(5_000);
        long withKb = JvmProbe.rssKb(pid);
        log("ui sessions: committed Java heap %,d MB, %,d MB at idle", JvmProbe.committedHeapKb(pid) / 1024,
                idleHeapKb / 1024);
        results.add("ui_sessions_rss_mb", UI_SESSIONS, withKb / 1024.0, "MB");
        // no per-session figure from RSS: the JVM grows and shrinks its heap meanwhile (one run gave a negative one)
        HeapHistogram with = HeapHistogram.of(pid);
        long uis = with.instances("com.vaadin.flow.component.UI");
        if (uis < UI_SESSIONS) {
            throw new IllegalStateException("the server holds " + uis + " UIs for " + UI_SESSIONS + " sessions");
        }
        sessions.signOutAll();
        HeapHistogram without = HeapHistogram.of(pid);
        log("ui sessions: live heap %.1f MB with %d UIs, %.1f MB with %d after signing out; grown most:",
                with.totalBytes() / 1048576.0, uis, without.totalBytes() / 1048576.0,
                without.instances("com.vaadin.flow.component.UI"));
        for (HeapHistogram.Entry e : with.grownMostSince(without, 15)) {
            log("  %,10d KB %,9d  %s", e.bytes() / 1024, e.instances(), e.className());
        }
        results.add("ui_session_heap_kb", UI_SESSIONS,
                (with.totalBytes() - without.totalBytes()) / 1024.0 / UI_SESSIONS, "KB");
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    // --- helpers ------------------------------------------------------------------------------------

    interface Task {
        void run(int i) throws Exception;
    }

    private static void parallel(int threads, int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static void admin(String sql) throws SQLException {
        admin("postgres", sql);
    }

    private static void admin(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + db, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
