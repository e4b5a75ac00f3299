package org.pathwork.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.FairDataSource;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the event store sits in PostgreSQL: readable bytea, Jackson JSON, an index without gaps, Flyway's schema. */
class PersistenceIntegrationTest extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlacementService placements;
    @Autowired Fixtures given;
    @Autowired DataSource dataSource;
    @Autowired @Qualifier("placementCache") Cache placementCache;

    @Test
    void payloadsMetadataAndTokensAreByteaAndNoColumnOfOursIsALargeObject() {
        assertThat(type("domainevententry", "payload")).isEqualTo("bytea");
        assertThat(type("domainevententry", "metadata")).isEqualTo("bytea");
        assertThat(type("snapshotevententry", "payload")).isEqualTo("bytea");
        assertThat(type("tokenentry", "token")).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = 'public' and udt_name = 'oid'",
                Long.class)).isZero();
    }

    @Test
    void eventsAreJacksonJsonAndTheGlobalIndexHasNoGaps() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        long from = jdbc.queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);

        List<Long> indexes = jdbc.queryForList("select globalindex from domainevententry where globalindex > ? order by globalindex",
                Long.class, from);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(indexes.get(i - 1) + 1);
        }
        String payload = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? and sequencenumber = 0",
                String.class, id);
        assertThat(payload).startsWith("{").contains("\"placementId\":\"" + id + "\"").doesNotContain(student.personId() + "@");
        String metadata = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from domainevententry where aggregateidentifier = ? and sequencenumber = 0",
                String.class, id);
        assertThat(metadata).contains("\"actorId\":\"" + student.personId() + "\"", "\"actorRole\":\"student\"", "\"source\":\"api\"", "\"correlationId\"");
    }

    @Test
    void aLongHistoryIsLoadedFromASnapshotThatHoldsTheWholeState() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 1);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today().minusDays(10), given.today().plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
        for (int day = 1; day <= 4; day++) {
            placements.logHours(supervisor, id, given.today().minusDays(day), 20, "Day " + day);
        }
        String voided = placements.logHours(supervisor, id, given.today(), 20, "Twice");
        placements.voidHours(supervisor, id, voided, "Typed twice");
        String reflection = placements.submitReflection(student, id, "Final", true);
        placements.acceptReflection(coordinator, id, reflection, null);
        placements.end(supervisor, id);
        placements.submitEvaluation(supervisor, id, new org.pathwork.workflow.placement.api.DurableSkillRatings(3, 3, 3, 3, 3, 3), null);

        // snapshots were taken (every 3 events in the tests, in the background) ...
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from snapshotevententry where aggregateidentifier = ?", Long.class, id) > 0);
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshotevententry where aggregateidentifier = ?"
                + " order by sequencenumber desc limit 1", String.class, id)).contains("\"hours\":{\"rows\":", "reflections");
        // ... and a placement loaded from one (not from the cache) still knows its 80 valid minutes, its
        // accepted reflection and its evaluation
        placementCache.removeAll();
        assertThat(placements.complete(coordinator, id, null)).isEqualTo(org.pathwork.workflow.placement.api.PlacementStatus.COMPLETED);
    }

    @Test
    void connectionsAreHandedOutFirstComeFirstServed() {
        assertThat(dataSource).isInstanceOf(FairDataSource.class);
    }

    @Test
    void flywayOwnsOurSchemaAndXStreamIsNotOnTheClassPath() {
        List<String> applied = jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class);
        assertThat(applied).startsWith("1", "2", "3", "4", "5");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class)).isZero();
        assertThat(getClass().getClassLoader().getResource("com/thoughtworks/xstream/XStream.class")).isNull();
    }

    private String type(String table, String column) {
        return jdbc.queryForObject("select data_type from information_schema.columns where table_name = ? and column_name = ?",
                String.class, table, column);
    }
}
