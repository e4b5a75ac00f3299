package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast the coordinator's grid opens over 100 000 placements: bulk-inserts read-model rows (not
 * events: the grid reads only the read models) into a database of its own, then times the first page
 * and the count the grid asks for. Prints the figures; a time limit would only make the build flaky.
 */
@TestPropertySource(properties = "pathwork.test.own-database=placement-search-benchmark")
class PlacementSearchBenchmarkIntegrationTest extends IntegrationTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlacementSearchBenchmarkIntegrationTest.class);
    private static final int PLACEMENTS = 100_000;
    private static final int STUDENTS = 5_000;
    private static final int OPPORTUNITIES = 500;
    private static final int EMPLOYERS = 100;
    private static final int SCHOOLS = 20;
    private static final String DISTRICT = "bench-district";

    @Autowired JdbcTemplate jdbc;
    @Autowired PlacementService placements;
    @Autowired Fixtures given;

    @Test
    void firstPageOfAllPlacementsOver100000Rows() {
        long t0 = System.nanoTime();
        String lastEmployer = load();
        jdbc.execute("analyze");
        log.info("PW-BENCH-000 loaded {} placements in {} ms", PLACEMENTS, ms(t0));

        // a district coordinator: every bench school is in the district, so the grid covers all placements
        Actor coordinator = given.coordinatorOf(new org.pathwork.workflow.people.Organization(DISTRICT, "Bench District",
                org.pathwork.workflow.people.Organization.Kind.DISTRICT, null));
        PlacementSearch.Filter all = PlacementSearch.Filter.NONE;
        PlacementSearch.Filter narrow = new PlacementSearch.Filter(PlacementStatus.APPLIED, null, lastEmployer, false);
        PlacementSearch.Filter overdue = new PlacementSearch.Filter(null, null, null, true);
        for (int round = 1; round <= 3; round++) {
            time("first page, newest first", round, coordinator, all, PlacementSearch.Sort.NEWEST_FIRST);
            time("first page, by student", round, coordinator, all,
                    new PlacementSearch.Sort(PlacementSearch.SortBy.STUDENT, true));
            time("first page, applied at one employer", round, coordinator, narrow, PlacementSearch.Sort.OLDEST_FIRST);
            time("first page, overdue only", round, coordinator, overdue, PlacementSearch.Sort.NEWEST_FIRST);
        }
        assertThat(placements.count(coordinator, all)).isGreaterThanOrEqualTo(PLACEMENTS);
    }

    private void time(String what, int round, Actor coordinator, PlacementSearch.Filter filter, PlacementSearch.Sort sort) {
        long t0 = System.nanoTime();
        List<PlacementSearch.Row> page = placements.search(coordinator, filter, sort, 0, 50);
        long count = placements.count(coordinator, filter);
        log.info("PW-BENCH-001 {} (round {}): search(first 50) + count = {} ms ({} rows on the page, {} in all)",
                what, round, ms(t0), page.size(), count);
    }

    /** @return the id of one employer, for a filtered search */
    private String load() {
        Random random = new Random(42);
        List<Object[]> orgs = new ArrayList<>();
        orgs.add(new Object[]{DISTRICT, "Bench District", "DISTRICT", null});
        for (int i = 0; i < SCHOOLS; i++) {
            orgs.add(new Object[]{"bench-school-" + i, "Bench School " + i, "SCHOOL", DISTRICT});
        }
        for (int i = 0; i < EMPLOYERS; i++) {
            orgs.add(new Object[]{"bench-employer-" + i, "Bench Employer " + i, "EMPLOYER", null});
        }
        jdbc.batchUpdate("insert into organization (organization_id, name, kind, parent_id) values (?, ?, ?, ?)", orgs);

        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            people.add(new Object[]{"bench-student-" + i, "bench-student-" + i, "Student " + random.nextInt(1_000_000),
                    LocalDate.of(2008, 1, 1).plusDays(random.nextInt(1000)), "bench-school-" + (i % SCHOOLS)});
        }
        jdbc.batchUpdate("""
                insert into person (person_id, username, display_name, role, birth_date, school_id, active)
                values (?, ?, ?, 'STUDENT', ?, ?, true)""", people);

        Timestamp published = Timestamp.from(Instant.now());
        List<Object[]> opportunities = new ArrayList<>();
        for (int i = 0; i < OPPORTUNITIES; i++) {
            opportunities.add(new Object[]{"bench-opportunity-" + i, "Opportunity " + i,
                    "bench-employer-" + (i % EMPLOYERS), published});
        }
        jdbc.batchUpdate("""
                insert into opportunity_summary (opportunity_id, title, employer_id, career_cluster, stage, type, paid,
                    seats, seats_left, minimum_age, required_hours, published_at)
                values (?, ?, ?, 'Information Technology', 'EXPLORATION', 'INTERNSHIP', false, 10, 10, 14, 40, ?)""",
                opportunities);

        PlacementStatus[] statuses = PlacementStatus.values();
        Instant start = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
        List<Object[]> batch = new ArrayList<>(5_000);
        for (int i = 0; i < PLACEMENTS; i++) {
            Instant applied = start.plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            batch.add(new Object[]{"bench-placement-" + i, "bench-opportunity-" + random.nextInt(OPPORTUNITIES),
                    "bench-student-" + random.nextInt(STUDENTS), statuses[random.nextInt(statuses.length)].name(),
                    from, from.plusDays(30), Timestamp.from(applied), Timestamp.from(applied)});
            if (batch.size() == 5_000) {
                insertPlacements(batch);
                batch.clear();
            }
        }
        insertPlacements(batch);
        return "bench-employer-" + (EMPLOYERS - 1);
    }

    private void insertPlacements(List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into placement_summary (placement_id, opportunity_id, student_id, status, learning_goals,
                    planned_start, planned_end, applied_at, updated_at)
                values (?, ?, ?, ?, '["Learn"]', ?, ?, ?, ?)""", batch);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
