package org.pathwork.workflow.report;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.pathwork.workflow.common.RuleViolation;

/**
 * What a report's rows are: groups of students (from the roster's demographics, their school and
 * grade) or groups of placements (by their opportunity's career cluster, stage or type).
 */
public enum GroupBy {
    RACE_ETHNICITY("raceEthnicity", "Race and ethnicity", true),
    SEX("sex", "Sex", true),
    LOW_INCOME("lowIncome", "Low income", true),
    ENGLISH_LEARNER("englishLearner", "English learner", true),
    DISABILITY("disability", "Disability", true),
    SCHOOL("school", "School", true),
    GRADE("grade", "Grade", true),
    CAREER_CLUSTER("careerCluster", "Career cluster", false),
    STAGE("stage", "Stage", false),
    TYPE("type", "Placement type", false);

    /** The group of a student or placement whose value the roster did not report. */
    public static final String UNKNOWN = "unknown";

    private final String key;
    private final String label;
    private final boolean byStudent;

    GroupBy(String key, String label, boolean byStudent) {
        this.key = key;
        this.label = label;
        this.byStudent = byStudent;
    }

    /** As the API spells it: {@code raceEthnicity}. */
    public String key() {
        return key;
    }

    /** "Race and ethnicity". */
    public String label() {
        return label;
    }

    /**
     * True when the groups divide the caller's students (every student in exactly one group), so that
     * a group's participation rate is its students with a placement over all its students; false
     * when they divide placements, whose students may be in several groups.
     */
    public boolean byStudent() {
        return byStudent;
    }

    /** The dimension the API names {@code key}; a RuleViolation naming the choices otherwise. */
    public static GroupBy of(String key) {
        for (GroupBy g : values()) {
            if (g.key.equals(key)) {
                return g;
            }
        }
        throw RuleViolation.invalid("report.group-by-invalid", "Choose what to group by: "
                + Arrays.stream(values()).map(GroupBy::key).collect(Collectors.joining(", ")) + ".");
    }
}
