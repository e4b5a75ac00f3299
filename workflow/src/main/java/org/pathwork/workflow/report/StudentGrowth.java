package org.pathwork.workflow.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.placement.api.DurableSkill;

/**
 * A student's durable-skill ratings across their evaluated placements, oldest first: how they grew.
 * Shown to the student and to their coordinators only.
 */
public record StudentGrowth(String studentId, String studentName, List<Evaluated> placements) {

    public record Evaluated(String placementId, String opportunityTitle, String employerName, Stage stage,
                            OpportunityType type, Instant evaluatedAt, Map<DurableSkill, DurableSkill.Level> levels) {
    }

    /** The last rating of the skill minus the first, in levels; null with fewer than two evaluations. */
    public Integer change(DurableSkill skill) {
        if (placements.size() < 2) {
            return null;
        }
        return placements.get(placements.size() - 1).levels().get(skill).number()
                - placements.get(0).levels().get(skill).number();
    }

    /** The evaluated placements at one stage of the continuum, oldest first. */
    public List<Evaluated> at(Stage stage) {
        return placements.stream().filter(p -> p.stage() == stage).toList();
    }
}
