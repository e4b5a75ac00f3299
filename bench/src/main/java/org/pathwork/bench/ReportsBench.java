package org.pathwork.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.AuditMetadata;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.api.CareerClusters;
import org.pathwork.workflow.opportunity.api.OpportunityPublished;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.roster.GeneratedRoster;
import org.pathwork.workflow.people.roster.RosterImport;
import org.pathwork.workflow.placement.api.ApplicationRejected;
import org.pathwork.workflow.placement.api.ApplicationSubmitted;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.EvaluationSubmitted;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.pathwork.workflow.placement.api.PlacementApproved;
import org.pathwork.workflow.placement.api.PlacementCompleted;
import org.pathwork.workflow.placement.api.PlacementEnded;
import org.pathwork.workflow.placement.api.PlacementStarted;
import org.pathwork.workflow.placement.api.PlacementWithdrawn;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.GroupBy;
import org.pathwork.workflow.report.ParticipationReport;
import org.pathwork.workflow.report.ReportQuery;
import org.pathwork.workflow.report.SkillsReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The equity reports of issue 15 on a district's year: "the report for 20 000 students and 50 000
 * placements answers in under 1 s".
 *
 * <p>The students are a {@link GeneratedRoster} district (20 schools, demographics for every
 * student) imported through {@link RosterImport}, as a school's IT staff would. The placements are
 * appended straight to the event store (as the replay section does: no command handling), applied
 * for over the last 365 days, each going as far as the days since allow and in proportions a
 * program sees: of the applications 15 % rejected and 5 % still waiting; of the approved 10 %
 * withdrawn after starting; of the rest most ended, evaluated and signed off. Then every read model
 * is rebuilt from the store, and {@link EquityReports} answers a district coordinator (all the
 * students) over the whole year: participation for every {@link GroupBy}, skills for two, the
 * participation report once more as of 90 days ago (the slower path, that reads when each hours
 * entry was confirmed). Each 2 untimed runs, then 5 timed; and the CPU time of a participation
 * report in this JVM and in PostgreSQL, which the host's other work does not inflate as it does the
 * latency.
 *
 * <p>System properties: bench.reports.students (default 20 000), bench.reports.placements (default
 * 50 000).
 */
final class ReportsBench {

    static final int STUDENTS = Integer.getInteger("bench.reports.students", 20_000);
    static final int PLACEMENTS = Integer.getInteger("bench.reports.placements", 50_000);
    private static final int OPPORTUNITIES = 300;
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;
    private static final double TARGET_MS = 1_000;

    private final ConfigurableApplicationContext ctx;
    private final World world;
    private final Results results;
    private final JdbcTemplate jdbc;

    ReportsBench(ConfigurableApplicationContext ctx, World world, Results results) {
        this.ctx = ctx;
        this.world = world;
        this.results = results;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
    }

    void run() throws Exception {
        GeneratedRoster roster = GeneratedRoster.of("reports", STUDENTS, world.today());
        List<String> students = importRoster(roster);
        Actor coordinator = districtCoordinator(roster);
        long events = appendPlacements(students);
        BenchMain.log("reports: %,d events appended; rebuilding the read models", events);
        long r0 = System.nanoTime();
        long replayed = ctx.getBean(ProjectionRebuilder.class).rebuildAll(n -> { });
        BenchMain.log("reports: %,d events replayed in %.1f s", replayed, (System.nanoTime() - r0) / 1e9);
        jdbc.execute("analyze");
        results.add("reports_students", null, students.size(), "students");
        results.add("reports_placements", null, PLACEMENTS, "placements");
        results.add("reports_placement_events", null, events, "events");

        EquityReports reports = ctx.getBean(EquityReports.class);
        LocalDate today = world.today();
        LocalDate from = today.minusDays(365);
        ReportQuery year = new ReportQuery(GroupBy.RACE_ETHNICITY, from, today, null);
        ParticipationReport check = reports.participation(coordinator, year);
        if (check.total().students() != students.size() || check.total().applied() != PLACEMENTS) {
            throw new IllegalStateException("the district coordinator's report counts " + check.total().students()
                    + " students and " + check.total().applied() + " placements, not " + students.size() + " and "
                    + PLACEMENTS + ": " + check.total());
        }
        BenchMain.log("reports: %s", check.total());

        double[] medians = new double[GroupBy.values().length];
        double jvmCpuMs = 0;
        double postgresCpuMs = 0;
        for (GroupBy g : GroupBy.values()) {
            ReportQuery q = year.withGroupBy(g);
            CpuMeter cpu = CpuMeter.start();
            double[] ms = time(() -> reports.participation(coordinator, q));
            CpuMeter.Spent spent = cpu.spent();
            // the warm-ups ran inside the window too: per report, over all of them
            jvmCpuMs += spent.jvmMs() / (WARM_UPS + RUNS);
            postgresCpuMs += spent.postgresMs() / (WARM_UPS + RUNS);
            medians[g.ordinal()] = median(ms);
            BenchMain.log("  participation by %-15s median %7.1f ms, max %7.1f ms", g.key(), medians[g.ordinal()],
                    Arrays.stream(ms).max().orElseThrow());
            results.add("equity_report_" + g.key() + "_ms", null, medians[g.ordinal()], "ms");
        }
        double overall = median(medians);
        double worst = Arrays.stream(medians).max().orElseThrow();
        results.add("equity_report_ms_median", null, overall, "ms");
        results.add("equity_report_ms_max", null, worst, "ms");
        // what one report costs, whatever else the shared host is doing meanwhile (PostgreSQL's
        // figure counts every postgres process, other databases' included)
        results.add("equity_report_jvm_cpu_ms", null, jvmCpuMs / GroupBy.values().length, "ms/report");
        results.add("equity_report_pg_cpu_ms", null, postgresCpuMs / GroupBy.values().length, "ms/report");

        ReportQuery past = new ReportQuery(GroupBy.RACE_ETHNICITY, from, today, today.minusDays(90));
        results.add("equity_report_as_of_ms_median", null,
                median(time(() -> reports.participation(coordinator, past))), "ms");

        List<Double> skills = new ArrayList<>();
        for (GroupBy g : List.of(GroupBy.RACE_ETHNICITY, GroupBy.CAREER_CLUSTER)) {
            ReportQuery q = year.withGroupBy(g);
            double m = median(time(() -> reports.skills(coordinator, q)));
            BenchMain.log("  skills by %-15s median %7.1f ms", g.key(), m);
            skills.add(m);
        }
        double skillsMedian = skills.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        results.add("skills_report_ms_median", null, skillsMedian, "ms");
        BenchMain.log("reports: slowest grouping %.0f ms, skills %.0f ms: %s the %.0f ms target", worst, skillsMedian,
                Math.max(worst, skillsMedian) < TARGET_MS ? "under" : "OVER", TARGET_MS);
    }

    /** The roster through the import, as an administrator; answers the ids of its students. */
    private List<String> importRoster(GeneratedRoster roster) throws Exception {
        Path zip = Files.createTempFile("pathwork-reports-roster-", ".zip");
        try {
            roster.writeTo(zip);
            BenchMain.log("reports: importing a district of %,d students", roster.students());
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(zip)) {
                ctx.getBean(RosterImport.class).importBundle(world.admin(), in, false);
            }
            BenchMain.log("reports: imported in %.1f s", (System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(zip);
        }
        return jdbc.queryForList("""
                select st.person_id from person st
                join organization school on school.organization_id = st.school_id
                join organization district on district.organization_id = school.parent_id
                where district.sourced_id = ? and st.role = 'STUDENT'
                order by st.person_id""", String.class, roster.districtSourcedId());
    }

    private Actor districtCoordinator(GeneratedRoster roster) {
        String district = jdbc.queryForObject("select organization_id from organization where sourced_id = ?",
                String.class, roster.districtSourcedId());
        Person p = ctx.getBean(PeopleDirectory.class).addPerson("reports-coordinator-" + UUID.randomUUID(),
                "District coordinator", null, Role.COORDINATOR, null, district, null);
        return new Actor(p.id(), Role.COORDINATOR, Source.API);
    }

    /**
     * OPPORTUNITIES opportunities over the sixteen career clusters, the three stages and the six
     * types (a third paid), then PLACEMENTS placements of random students, appended in batches.
     * Each placement's events are stamped at the moments its story reached them; one that would
     * reach a milestone after now stops before it.
     */
    private long appendPlacements(List<String> students) {
        EventStorageEngine storage = ctx.getBean(EventStorageEngine.class);
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        Actor coordinator = world.coordinator();
        Actor supervisor = new Actor(UUID.randomUUID().toString(), Role.SUPERVISOR, Source.API);
        Map<String, Object> byCoordinator = AuditMetadata.of(coordinator, null, UUID.randomUUID().toString());
        Map<String, Object> bySupervisor = AuditMetadata.of(supervisor, null, UUID.randomUUID().toString());
        Map<String, Object> byStudent = AuditMetadata.of(new Actor(UUID.randomUUID().toString(), Role.STUDENT,
                Source.API), null, UUID.randomUUID().toString());
        SplittableRandom random = new SplittableRandom(15);
        Instant now = Instant.now();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        ZoneId zone = ZoneId.of("America/New_York");

        record Opportunity(String id, Stage stage, OpportunityType type, boolean paid, int requiredHours) {
        }
        List<Opportunity> opportunities = new ArrayList<>();
        List<EventMessage<?>> batch = new ArrayList<>();
        Stage[] stages = Stage.values();
        OpportunityType[] types = OpportunityType.values();
        for (int o = 0; o < OPPORTUNITIES; o++) {
            Stage stage = stages[o % stages.length];
            Opportunity opp = new Opportunity(UUID.randomUUID().toString(), stage, types[(o / 3) % types.length],
                    o % 3 == 0, stage == Stage.AWARENESS ? 2 : stage == Stage.EXPLORATION ? 10 : 40);
            opportunities.add(opp);
            batch.add(event("Opportunity", opp.id(), 0, new OpportunityPublished(opp.id(), "Reports opportunity " + o,
                    UUID.randomUUID().toString(), "Benchmark.", CareerClusters.NAMES.get(o % CareerClusters.NAMES.size()),
                    opp.stage(), opp.type(), opp.paid(), 1_000, 14, supervisor.personId(), opp.requiredHours()),
                    byCoordinator, yearAgo.minus(Duration.ofDays(30))));
        }

        long events = 0;
        for (int p = 0; p < PLACEMENTS; p++) {
            String id = UUID.randomUUID().toString();
            Opportunity opp = opportunities.get(random.nextInt(opportunities.size()));
            String student = students.get(random.nextInt(students.size()));
            Instant applied = yearAgo.plusSeconds(random.nextLong(Duration.ofDays(365).toSeconds()));
            LocalDate plannedStart = LocalDate.ofInstant(applied, zone).plusDays(14);
            long seq = 0;
            batch.add(event("Placement", id, seq++, new ApplicationSubmitted(id, opp.id(), student,
                    List.of("Learn how the work is done"), plannedStart, plannedStart.plusDays(90), 14), byStudent, applied));
            int decision = random.nextInt(100);
            Instant decided = applied.plus(Duration.ofHours(24 + random.nextInt(9 * 24)));
            if (decision < 5 || decided.isAfter(now)) {
                events += seq;
                continue;                                     // still waiting for a decision
            }
            if (decision < 20) {
                batch.add(event("Placement", id, seq++, new ApplicationRejected(id, "No seat this term"),
                        byCoordinator, decided));
                events += seq;
                continue;
            }
            batch.add(event("Placement", id, seq++, new PlacementApproved(id, opp.id(), supervisor.personId(),
                    opp.requiredHours(), false, "Approved"), byCoordinator, decided));
            Instant started = decided.plus(Duration.ofDays(3 + random.nextInt(14)));
            if (started.isAfter(now) || random.nextInt(100) < 5) {
                events += seq;
                continue;                                     // approved, not started (yet)
            }
            LocalDate startDay = LocalDate.ofInstant(started, zone);
            batch.add(event("Placement", id, seq++, new PlacementStarted(id, startDay), bySupervisor, started));
            int entries = switch (opp.stage()) {
                case AWARENESS -> 1 + random.nextInt(2);
                case EXPLORATION -> 3 + random.nextInt(5);
                case PREPARATION -> 6 + random.nextInt(10);
            };
            int minutes = 0;
            Instant at = started;
            for (int k = 0; k < entries; k++) {
                Instant logged = at.plus(Duration.ofHours(24 + random.nextInt(6 * 24)));
                if (logged.isAfter(now)) {
                    break;
                }
                at = logged;
                int m = 60 * (1 + random.nextInt(4 + (opp.stage() == Stage.PREPARATION ? 4 : 0)));
                minutes += m;
                batch.add(event("Placement", id, seq++, new HoursLogged(id, UUID.randomUUID().toString(),
                        LocalDate.ofInstant(logged, zone), m, "On the job"), bySupervisor, logged));
            }
            Instant ended = at.plus(Duration.ofDays(1 + random.nextInt(7)));
            int outcome = random.nextInt(100);
            if (ended.isAfter(now)) {
                events += seq;
                continue;                                     // still active
            }
            if (outcome < 10) {
                batch.add(event("Placement", id, seq++, new PlacementWithdrawn(id, opp.id(), true, "Moved away"),
                        byStudent, ended));
                events += seq;
                continue;
            }
            batch.add(event("Placement", id, seq++, new PlacementEnded(id, LocalDate.ofInstant(ended, zone)),
                    bySupervisor, ended));
            Instant evaluated = ended.plus(Duration.ofDays(1 + random.nextInt(5)));
            if (evaluated.isAfter(now) || outcome < 15) {
                events += seq;
                continue;                                     // ended, evaluation outstanding
            }
            batch.add(event("Placement", id, seq++, new EvaluationSubmitted(id, ratings(random, opp.stage()),
                    "Benchmark evaluation"), bySupervisor, evaluated));
            Instant completed = evaluated.plus(Duration.ofDays(1 + random.nextInt(5)));
            // signed off only with the required hours logged, as the placement's own rule says
            if (!completed.isAfter(now) && minutes >= opp.requiredHours() * 60 && outcome < 95) {
                batch.add(event("Placement", id, seq++, new PlacementCompleted(id, opp.id(), "Signed off"),
                        byCoordinator, completed));
            }
            events += seq;
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
        return events + OPPORTUNITIES;
    }

    /** Ratings that grow along the continuum: mostly 2 at awareness, mostly 3 at preparation. */
    private static DurableSkillRatings ratings(SplittableRandom r, Stage stage) {
        int base = stage.ordinal() + 1;
        int[] levels = new int[6];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = Math.max(1, Math.min(4, base + r.nextInt(3) - 1));
        }
        return new DurableSkillRatings(levels[0], levels[1], levels[2], levels[3], levels[4], levels[5]);
    }

    private static EventMessage<?> event(String type, String aggregate, long seq, Object payload,
                                         Map<String, Object> meta, Instant at) {
        return new GenericDomainEventMessage<>(type, aggregate, seq, payload, meta, UUID.randomUUID().toString(), at);
    }

    /** WARM_UPS untimed calls, then RUNS timed ones: each run's milliseconds. */
    private static double[] time(Supplier<?> report) {
        for (int i = 0; i < WARM_UPS; i++) {
            report.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            report.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
