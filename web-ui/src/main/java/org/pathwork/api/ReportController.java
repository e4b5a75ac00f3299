package org.pathwork.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.GroupBy;
import org.pathwork.workflow.report.ParticipationReport;
import org.pathwork.workflow.report.ParticipationRow;
import org.pathwork.workflow.report.ReportCsv;
import org.pathwork.workflow.report.ReportQuery;
import org.pathwork.workflow.report.SkillsReport;
import org.pathwork.workflow.report.StudentGrowth;
import org.pathwork.workflow.report.Suppression;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The equity and outcomes reports (shared/api.md, "Equity and outcomes reports"): participation and
 * outcomes by group, the durable-skills ratings by group, and one student's growth. {@link EquityReports}
 * decides who may read what and hides small cells; this class turns the query string into a
 * {@link ReportQuery} and the reports into JSON or, with {@code Accept: text/csv}, into the same CSV
 * the reports page downloads. A hidden row's figures are written as null, never as 0.
 */
@RestController
@RequestMapping("/api")
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    // --- responses -------------------------------------------------------------------------------

    /**
     * One group's figures. Rates are fractions from 0 to 1, gaps percentage points (the group's rate
     * minus the total's); every figure is null when {@code suppressed}, and {@code suppressedBecause}
     * says why: "small-cell" (fewer students than minCell) or "complementary" (hidden so that a small
     * cell cannot be worked out from the total).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RowJson(String group, Integer students, Integer applied, Integer approved, Integer participants,
                   Integer completed, Double completionRate, Double participationRate, Integer paid,
                   Double medianHours, Double participationGap, Double completionGap, boolean suppressed,
                   String suppressedBecause) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParticipationJson(String groupBy, LocalDate from, LocalDate to, LocalDate asOf, int minCell,
                             List<RowJson> rows, RowJson total, String suppressionNote) {
    }

    /** How many evaluations rated a skill at level 1, 2, 3 and 4 (atLevel[0] to atLevel[3]), and the mean level. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DistributionJson(List<Integer> atLevel, Double mean) {
    }

    /** {@code skills} is keyed by the skill's API name (criticalThinking …) and null when the row is suppressed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SkillsRowJson(String group, Integer students, Integer evaluations, Map<String, DistributionJson> skills,
                         boolean suppressed, String suppressedBecause) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SkillsJson(String groupBy, LocalDate from, LocalDate to, LocalDate asOf, int minCell,
                      List<SkillsRowJson> rows, SkillsRowJson total, String suppressionNote) {
    }

    /** One evaluated placement: the level (1 to 4) of each skill, keyed by the skill's API name. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EvaluatedJson(String placementId, String opportunityTitle, String employerName, Stage stage,
                         OpportunityType type, Instant evaluatedAt, Map<String, Integer> levels) {
    }

    /** {@code change}: each skill's last level minus its first, null with fewer than two evaluations. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GrowthJson(String studentId, String studentName, List<EvaluatedJson> placements,
                      Map<String, Integer> change) {
    }

    private final EquityReports reports;
    private final Clock clock;

    ReportController(EquityReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    // --- endpoints -------------------------------------------------------------------------------

    @Operation(summary = "Participation and outcomes by student group",
            description = "For the caller's organizations (coordinators only): per group, students, placements "
                    + "applied for in [from, to], approved, completed, completion and participation rates (0 to 1), "
                    + "paid placements, median confirmed hours, and each group's gap to the total in percentage "
                    + "points. Groups with fewer than minCell students are suppressed (every figure null), and "
                    + "complementary suppression hides the next smallest when only one would be. from and to "
                    + "default to the school year so far; asOf shows the figures as they stood at the end of that "
                    + "day. Accept: text/csv gives the same report as CSV.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ParticipationJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/reports/participation")
    @Requires(Permission.READ_GROUP_REPORTS)
    ResponseEntity<?> participation(@AuthenticationPrincipal PathworkUser user,
                                    @Parameter(description = GROUP_BY) @RequestParam(required = false) String groupBy,
                                    @Parameter(description = FROM) @RequestParam(required = false) String from,
                                    @Parameter(description = TO) @RequestParam(required = false) String to,
                                    @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = user.actor(Source.API);
        ParticipationReport report = reports.participation(actor, query(groupBy, from, to, asOf));
        if (wantsCsv(accept)) {
            return csv(ReportCsv.participation(report), "participation", report.query());
        }
        return ResponseEntity.ok(new ParticipationJson(report.query().groupBy().key(), report.query().from(),
                report.query().to(), report.query().asOf(), report.minCell(),
                report.rows().stream().map(ReportController::row).toList(), row(report.total()),
                report.suppressionNote()));
    }

    @Operation(summary = "Durable-skills ratings by student group",
            description = "How supervisors rated the six durable skills at the final evaluation, per group of the "
                    + "caller's students (coordinators only): for each skill, the number of evaluations at level 1 "
                    + "to 4 and the mean. Suppressed like the participation report, on the number of evaluated "
                    + "students. Accept: text/csv gives the same report as CSV.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = SkillsJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/reports/skills")
    @Requires(Permission.READ_GROUP_REPORTS)
    ResponseEntity<?> skills(@AuthenticationPrincipal PathworkUser user,
                             @Parameter(description = GROUP_BY) @RequestParam(required = false) String groupBy,
                             @Parameter(description = FROM) @RequestParam(required = false) String from,
                             @Parameter(description = TO) @RequestParam(required = false) String to,
                             @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = user.actor(Source.API);
        SkillsReport report = reports.skills(actor, query(groupBy, from, to, asOf));
        if (wantsCsv(accept)) {
            return csv(ReportCsv.skills(report), "skills", report.query());
        }
        return ResponseEntity.ok(new SkillsJson(report.query().groupBy().key(), report.query().from(),
                report.query().to(), report.query().asOf(), report.minCell(),
                report.rows().stream().map(ReportController::row).toList(), row(report.total()),
                report.suppressionNote()));
    }

    @Operation(summary = "A student's durable-skills growth",
            description = "The ratings of each of the student's evaluated placements, oldest first, and each "
                    + "skill's change from the first to the last. For the student themself and the coordinators "
                    + "of their organizations.")
    @GetMapping("/students/{studentId}/growth")
    GrowthJson growth(@AuthenticationPrincipal PathworkUser user, @PathVariable String studentId) {
        StudentGrowth growth = reports.growth(user.actor(Source.API), studentId);
        List<EvaluatedJson> placements = growth.placements().stream().map(p -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (DurableSkill skill : DurableSkill.values()) {
                DurableSkill.Level level = p.levels().get(skill);
                levels.put(skill.key(), level == null ? null : level.number());
            }
            return new EvaluatedJson(p.placementId(), p.opportunityTitle(), p.employerName(), p.stage(), p.type(),
                    p.evaluatedAt(), levels);
        }).toList();
        Map<String, Integer> change = new LinkedHashMap<>();
        for (DurableSkill skill : DurableSkill.values()) {
            change.put(skill.key(), growth.change(skill));
        }
        return new GrowthJson(growth.studentId(), growth.studentName(), placements, change);
    }

    // --- the query -------------------------------------------------------------------------------

    private static final String GROUP_BY = "Required: raceEthnicity, sex, lowIncome, englishLearner, disability, "
            + "school, grade, careerCluster, stage or type";
    private static final String FROM = "First day of the period (YYYY-MM-DD, included); default 1 August of the "
            + "school year of `to`";
    private static final String TO = "Last day of the period (YYYY-MM-DD, included); default today";
    private static final String AS_OF = "Show the figures as they stood at the end of this day (YYYY-MM-DD); default now";

    /**
     * The query string as a query; a refusal names what is wrong. {@link Requires} has checked the
     * role already (api.md's order of checks: a caller who may not read a report learns nothing about
     * their parameters); the service checks the period.
     */
    private ReportQuery query(String groupBy, String from, String to, String asOf) {
        GroupBy dimension = GroupBy.of(groupBy == null ? null : groupBy.strip());
        LocalDate today = LocalDate.now(clock);
        LocalDate last = date("to", to);
        if (last == null) {
            last = today;
        }
        LocalDate first = date("from", from);
        if (first == null) {
            first = ReportQuery.schoolYearToDate(dimension, last).from();
        }
        return new ReportQuery(dimension, first, last, date("asOf", asOf));
    }

    /** A date written as YYYY-MM-DD, or null when the parameter is absent or empty. */
    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new BadDate(name);
        }
    }

    /** A query parameter that is not an ISO calendar date. */
    static final class BadDate extends RuntimeException {
        final String parameter;

        BadDate(String parameter) {
            super("The value of " + parameter + " must be a date written as YYYY-MM-DD.");
            this.parameter = parameter;
        }
    }

    @ExceptionHandler(BadDate.class)
    ResponseEntity<ProblemDetail> badDate(BadDate e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.invalid(e.getMessage(), List.of(
                        new ProblemResponses.FieldError(e.parameter, "must be a date written as YYYY-MM-DD"))));
    }

    // --- JSON and CSV ----------------------------------------------------------------------------

    /** CSV when the client asks for it before (or instead of) JSON; anything else, including no Accept, is JSON. */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        MediaType.sortByQualityValue(types);
        for (MediaType t : types) {
            if (t.getQualityValue() == 0) {
                continue;
            }
            if (t.isWildcardType()) {
                return false;
            }
            if (t.getType().equals("text") && t.getSubtype().equals("csv")) {
                return true;
            }
            if (t.isCompatibleWith(MediaType.APPLICATION_JSON) || t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                return false;
            }
        }
        return false;
    }

    private static ResponseEntity<String> csv(String body, String report, ReportQuery query) {
        String filename = "%s-%s-%s-to-%s%s.csv".formatted(report, query.groupBy().key(), query.from(), query.to(),
                query.asOf() == null ? "" : "-as-of-" + query.asOf());
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    /** A suppressed row's figures are null already (EquityReports hides them before anything leaves it). */
    private static RowJson row(ParticipationRow r) {
        return new RowJson(r.group(), r.students(), r.applied(), r.approved(), r.participants(), r.completed(),
                r.completionRate(), r.participationRate(), r.paid(), r.medianHours(), r.participationGap(),
                r.completionGap(), r.suppressed(), because(r.suppression()));
    }

    private static SkillsRowJson row(SkillsReport.Row r) {
        if (r.suppressed()) {
            return new SkillsRowJson(r.group(), null, null, null, true, because(r.suppression()));
        }
        Map<String, DistributionJson> skills = new LinkedHashMap<>();
        for (SkillsReport.Distribution d : r.skills()) {
            skills.put(d.skill().key(), new DistributionJson(d.atLevel(), d.mean()));
        }
        return new SkillsRowJson(r.group(), r.students(), r.evaluations(), skills, false, null);
    }

    private static String because(Suppression s) {
        return switch (s) {
            case NONE -> null;
            case SMALL_CELL -> "small-cell";
            case COMPLEMENTARY -> "complementary";
        };
    }
}
