package org.pathwork.workflow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equity and outcomes reports (shared/api.md, "Equity and outcomes reports"): participation and
 * outcomes by group, the durable-skills distribution by group, and one student's growth.
 *
 * <p>Only coordinators read the group reports, over the students of their organizations (a district
 * covers its schools and programs): the students come from the people directory and the roster's
 * demographics, which nothing else reads; the placements from {@code placement_summary}, a projection
 * of the events, with {@link PlacementScope} as every read of placements. A student's growth is
 * theirs and their coordinators'.
 *
 * <p><b>As of a past date.</b> The read model keeps the time of each milestone's event (approved,
 * started, completed, evaluated; an hours entry confirmed or voided), so a report as of the end of a
 * past day counts only what had happened by then, and the same question gives the same figures
 * tomorrow: events are never rewritten. What is not kept in time is who the students are: their
 * schools and demographics are today's roster.
 */
@Service
public class EquityReports {

    /** Who read which group report (never a figure): reports built on demographics leave a trace. */
    private static final Logger log = LoggerFactory.getLogger(EquityReports.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final int minCell;

    public EquityReports(JdbcClient jdbc, ObjectMapper json, Clock clock, PathworkProperties settings,
                         @Value("${pathwork.reports.min-cell:10}") int minCell) {
        if (minCell < 1) {
            throw new IllegalStateException("PW-REPORT-001 pathwork.reports.min-cell must be at least 1, not " + minCell);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.zone = settings.timeZone();
        this.minCell = minCell;
    }

    /** The smallest group a report shows ({@code pathwork.reports.min-cell}). */
    public int minCell() {
        return minCell;
    }

    /** @throws Forbidden unless the actor is a coordinator */
    @Transactional(readOnly = true)
    public ParticipationReport participation(Actor actor, ReportQuery query) {
        Permission.READ_GROUP_REPORTS.check(actor);
        Facts facts = facts(actor, query, false);
        log.info("PW-REPORT-003 {} read the participation report by {}", actor.personId(), query.groupBy().key());
        return ReportFigures.participation(query, minCell, facts.students, facts.placements);
    }

    /** @throws Forbidden unless the actor is a coordinator */
    @Transactional(readOnly = true)
    public SkillsReport skills(Actor actor, ReportQuery query) {
        Permission.READ_GROUP_REPORTS.check(actor);
        Facts facts = facts(actor, query, true);
        log.info("PW-REPORT-004 {} read the durable-skills report by {}", actor.personId(), query.groupBy().key());
        return ReportFigures.skills(query, minCell, facts.students, facts.placements);
    }

    /**
     * @throws Forbidden unless the actor is the student or a coordinator
     * @throws NotFound  for a coordinator whose organizations do not hold the student
     */
    @Transactional(readOnly = true)
    public StudentGrowth growth(Actor actor, String studentId) {
        boolean self = actor.is(Role.STUDENT) && actor.personId().equals(studentId);
        if (!self && !actor.is(Role.COORDINATOR)) {
            throw new Forbidden("Only the student and their coordinators can see a student's growth.");
        }
        String name = jdbc.sql("select st.display_name from person st where st.person_id = ? and st.role = 'STUDENT'"
                        + (self ? "" : " and " + STUDENT_OF_COORDINATOR))
                .params(self ? List.of(studentId) : List.of(studentId, actor.personId()))
                .query(String.class).optional()
                .orElseThrow(() -> new NotFound("There is no student " + studentId + " among your students."));
        List<StudentGrowth.Evaluated> placements = jdbc.sql("""
                        select ps.placement_id, os.title, e.name as employer_name, os.stage, os.type, ps.evaluated_at,
                            ps.evaluation
                        from placement_summary ps
                        join opportunity_summary os on os.opportunity_id = ps.opportunity_id
                        left join organization e on e.organization_id = os.employer_id
                        where ps.student_id = ? and ps.evaluated_at is not null
                        order by ps.evaluated_at, ps.placement_id""")
                .param(studentId)
                .query((rs, i) -> new StudentGrowth.Evaluated(rs.getString("placement_id"), rs.getString("title"),
                        rs.getString("employer_name"), Stage.valueOf(rs.getString("stage")),
                        OpportunityType.valueOf(rs.getString("type")), rs.getTimestamp("evaluated_at").toInstant(),
                        levels(ratings(rs.getString("evaluation")))))
                .list();
        return new StudentGrowth(studentId, name, placements);
    }

    /** A student (person {@code st}) of a coordinator's organizations, or of the schools and programs of their districts. */
    private static final String STUDENT_OF_COORDINATOR = """
            exists (select 1 from organization o
                    join person_organization m on m.organization_id in (o.organization_id, o.parent_id)
                    where o.organization_id = st.school_id and m.person_id = ?)""";

    private record Facts(List<ReportFacts.Student> students, List<ReportFacts.Placement> placements) {
    }

    /**
     * The coordinator's students (those active today, and any other who applied in the period) and
     * the placements they applied for in the period, cut at the report's moment.
     */
    private Facts facts(Actor actor, ReportQuery query, boolean withRatings) {
        Instant asOf = moment(query);
        Instant from = query.from().atStartOfDay(zone).toInstant();
        Instant until = query.to().plusDays(1).atStartOfDay(zone).toInstant();
        Instant appliedBy = until.isBefore(asOf) ? until : asOf;
        PlacementScope scope = PlacementScope.of(actor);
        boolean now = query.asOf() == null;
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(appliedBy)));
        params.addAll(scope.params());
        Map<String, Double> pastHours = now ? Map.of() : hoursAsOf(asOf, scope, params);
        List<ReportFacts.Placement> placements = jdbc.sql("""
                        select ps.placement_id, ps.student_id, os.career_cluster, os.stage, os.type, os.paid,
                            ps.approved_at, ps.started_at, ps.completed_at, ps.evaluated_at, ps.logged_minutes, """
                        + (withRatings ? "ps.evaluation" : "null as evaluation") + """

                        from placement_summary ps
                        join opportunity_summary os on os.opportunity_id = ps.opportunity_id
                        where ps.applied_at >= ? and ps.applied_at < ? and\s""" + scope.condition())
                .params(params)
                .query((rs, i) -> placement(rs, asOf, now, pastHours))
                .list();
        Set<String> applicants = new HashSet<>();
        placements.forEach(p -> applicants.add(p.studentId()));
        List<ReportFacts.Student> students = new ArrayList<>();
        jdbc.sql("""
                        select st.person_id, st.active, st.grades, o.name as school_name, d.sex, d.hispanic_or_latino,
                            d.american_indian_or_alaska_native, d.asian, d.black_or_african_american,
                            d.native_hawaiian_or_other_pacific_islander, d.white, d.two_or_more_races, d.low_income,
                            d.english_learner, d.disability
                        from person st
                        join organization o on o.organization_id = st.school_id
                        left join demographics d on d.person_id = st.person_id
                        where st.role = 'STUDENT' and\s""" + STUDENT_OF_COORDINATOR)
                .param(actor.personId())
                .query(rs -> {
                    if (rs.getBoolean("active") || applicants.contains(rs.getString("person_id"))) {
                        students.add(student(rs));
                    }
                });
        return new Facts(students, placements);
    }

    /** The end of the report's day, or now; never later than now. */
    private Instant moment(ReportQuery query) {
        if (query.groupBy() == null) {
            throw RuleViolation.invalid("report.group-by-missing", "Choose what to group the report by.");
        }
        if (query.from() == null || query.to() == null) {
            throw RuleViolation.invalid("report.period-missing", "Choose the first and the last day of the period.");
        }
        if (query.from().isAfter(query.to())) {
            throw RuleViolation.invalid("report.period-invalid",
                    "The period must start on or before its last day: " + query.from() + " is after " + query.to() + ".");
        }
        Instant now = clock.instant();
        if (query.asOf() == null) {
            return now;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (query.asOf().isAfter(today)) {
            throw RuleViolation.invalid("report.as-of-future",
                    "A report can show how things stood today or on a past day, not on " + query.asOf() + ".");
        }
        Instant endOfDay = query.asOf().plusDays(1).atStartOfDay(zone).toInstant();
        return endOfDay.isAfter(now) ? now : endOfDay;
    }

    /** Hours confirmed by then and not voided by then, per placement of the report. */
    private Map<String, Double> hoursAsOf(Instant asOf, PlacementScope scope, List<Object> placementParams) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(asOf), Timestamp.from(asOf)));
        params.addAll(placementParams);
        Map<String, Double> hours = new HashMap<>();
        jdbc.sql("""
                        select h.placement_id, sum(h.minutes) as minutes
                        from placement_hours h join placement_summary ps on ps.placement_id = h.placement_id
                        where h.confirmed_at <= ? and (h.voided_at is null or h.voided_at > ?)
                            and ps.applied_at >= ? and ps.applied_at < ? and\s""" + scope.condition() + """

                        group by h.placement_id""")
                .params(params)
                .query(rs -> {
                    hours.put(rs.getString("placement_id"), rs.getLong("minutes") / 60.0);
                });
        return hours;
    }

    private ReportFacts.Placement placement(ResultSet rs, Instant asOf, boolean now, Map<String, Double> pastHours)
            throws SQLException {
        String id = rs.getString("placement_id");
        Instant evaluatedAt = by(rs.getTimestamp("evaluated_at"), asOf);
        String evaluation = rs.getString("evaluation");
        return new ReportFacts.Placement(id, rs.getString("student_id"), rs.getString("career_cluster"),
                Stage.valueOf(rs.getString("stage")), OpportunityType.valueOf(rs.getString("type")), rs.getBoolean("paid"),
                by(rs.getTimestamp("approved_at"), asOf), by(rs.getTimestamp("started_at"), asOf),
                by(rs.getTimestamp("completed_at"), asOf),
                now ? rs.getInt("logged_minutes") / 60.0 : pastHours.getOrDefault(id, 0.0),
                evaluatedAt == null || evaluation == null ? null : ratings(evaluation));
    }

    /** The milestone's moment if it was reached by {@code asOf}; else null. */
    private static Instant by(Timestamp at, Instant asOf) {
        return at == null || at.toInstant().isAfter(asOf) ? null : at.toInstant();
    }

    private static ReportFacts.Student student(ResultSet rs) throws SQLException {
        return new ReportFacts.Student(rs.getString("person_id"), rs.getString("school_name"), rs.getString("grades"),
                rs.getString("sex"), flag(rs, "hispanic_or_latino"), flag(rs, "american_indian_or_alaska_native"),
                flag(rs, "asian"), flag(rs, "black_or_african_american"),
                flag(rs, "native_hawaiian_or_other_pacific_islander"), flag(rs, "white"), flag(rs, "two_or_more_races"),
                flag(rs, "low_income"), flag(rs, "english_learner"), flag(rs, "disability"));
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** The six levels of a stored evaluation ({@code {"criticalThinking": 3, …, "comment": "…"}}). */
    private Map<DurableSkill, Integer> ratings(String evaluation) {
        try {
            JsonNode node = json.readTree(evaluation);
            Map<DurableSkill, Integer> ratings = new EnumMap<>(DurableSkill.class);
            for (DurableSkill skill : DurableSkill.values()) {
                ratings.put(skill, node.get(skill.key()).asInt());
            }
            return ratings;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PW-REPORT-002 an evaluation in the read model is not JSON", e);
        }
    }

    private static Map<DurableSkill, DurableSkill.Level> levels(Map<DurableSkill, Integer> ratings) {
        Map<DurableSkill, DurableSkill.Level> levels = new LinkedHashMap<>();
        ratings.forEach((skill, level) -> levels.put(skill, DurableSkill.Level.of(level)));
        return levels;
    }
}
