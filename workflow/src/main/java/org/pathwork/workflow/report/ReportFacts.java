package org.pathwork.workflow.report;

import java.time.Instant;
import java.util.Map;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.placement.api.DurableSkill;

/** What the reports count, as {@link EquityReports} reads it: students with their groups, placements with their milestones. */
final class ReportFacts {

    private ReportFacts() {
    }

    /**
     * A student of the caller's organizations with what the roster says of them; a null is "not
     * reported". The race flags are the roster's, before the federal roll-up ({@link Groups}).
     */
    record Student(String id, String school, String grades, String sex, Boolean hispanicOrLatino,
                   Boolean americanIndianOrAlaskaNative, Boolean asian, Boolean blackOrAfricanAmerican,
                   Boolean nativeHawaiianOrOtherPacificIslander, Boolean white, Boolean twoOrMoreRaces,
                   Boolean lowIncome, Boolean englishLearner, Boolean disability) {

        /** A student the roster gave no demographics for. */
        static Student withoutDemographics(String id, String school, String grades) {
            return new Student(id, school, grades, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * A placement applied for in the report's period, with its milestones already cut at the report's
     * moment (null: not reached by then).
     *
     * @param confirmedHours hours confirmed and not voided by then
     * @param ratings        the final evaluation's levels (1 to 4), when evaluated by then; else null
     */
    record Placement(String id, String studentId, String careerCluster, Stage stage, OpportunityType type, boolean paid,
                     Instant approvedAt, Instant startedAt, Instant completedAt, double confirmedHours,
                     Map<DurableSkill, Integer> ratings) {

        boolean approved() {
            return approvedAt != null;
        }

        boolean started() {
            return startedAt != null;
        }

        boolean completed() {
            return completedAt != null;
        }

        boolean evaluated() {
            return ratings != null;
        }
    }
}
