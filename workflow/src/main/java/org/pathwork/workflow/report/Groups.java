package org.pathwork.workflow.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;

/** Which group a student or placement falls in, for each {@link GroupBy}, and the order of the groups. */
final class Groups {

    static final String HISPANIC = "Hispanic or Latino";
    static final String AMERICAN_INDIAN = "American Indian or Alaska Native";
    static final String ASIAN = "Asian";
    static final String BLACK = "Black or African American";
    static final String PACIFIC_ISLANDER = "Native Hawaiian or Other Pacific Islander";
    static final String WHITE = "White";
    static final String TWO_OR_MORE = "Two or more races";

    /** The federal categories in the order the federal reports use. */
    private static final List<String> RACE_ORDER = List.of(HISPANIC, AMERICAN_INDIAN, ASIAN, BLACK, PACIFIC_ISLANDER,
            WHITE, TWO_OR_MORE);
    private static final List<String> SEX_ORDER = List.of("Female", "Male", "Other");
    private static final List<String> GRADE_ORDER = List.of("IT", "PR", "PK", "TK", "KG");

    private Groups() {
    }

    static String of(GroupBy groupBy, ReportFacts.Student s) {
        return switch (groupBy) {
            case RACE_ETHNICITY -> raceEthnicity(s);
            case SEX -> sex(s.sex());
            case LOW_INCOME -> yesNo(s.lowIncome(), "Low income", "Not low income");
            case ENGLISH_LEARNER -> yesNo(s.englishLearner(), "English learner", "Not an English learner");
            case DISABILITY -> yesNo(s.disability(), "With a disability", "Without a disability");
            case SCHOOL -> s.school() == null ? GroupBy.UNKNOWN : s.school();
            case GRADE -> grade(s.grades());
            default -> throw new IllegalArgumentException(groupBy + " groups placements, not students");
        };
    }

    static String of(GroupBy groupBy, ReportFacts.Placement p) {
        return switch (groupBy) {
            case CAREER_CLUSTER -> p.careerCluster() == null || p.careerCluster().isBlank() ? GroupBy.UNKNOWN : p.careerCluster();
            case STAGE -> words(p.stage().name());
            case TYPE -> words(p.type().name());
            default -> throw new IllegalArgumentException(groupBy + " groups students, not placements");
        };
    }

    /**
     * The federal seven-category roll-up: Hispanic or Latino of any race; else two or more races
     * (flagged, or more than one race reported); else the one race reported; else unknown.
     */
    static String raceEthnicity(ReportFacts.Student s) {
        if (Boolean.TRUE.equals(s.hispanicOrLatino())) {
            return HISPANIC;
        }
        List<String> races = new java.util.ArrayList<>();
        add(races, s.americanIndianOrAlaskaNative(), AMERICAN_INDIAN);
        add(races, s.asian(), ASIAN);
        add(races, s.blackOrAfricanAmerican(), BLACK);
        add(races, s.nativeHawaiianOrOtherPacificIslander(), PACIFIC_ISLANDER);
        add(races, s.white(), WHITE);
        if (Boolean.TRUE.equals(s.twoOrMoreRaces()) || races.size() > 1) {
            return TWO_OR_MORE;
        }
        return races.isEmpty() ? GroupBy.UNKNOWN : races.get(0);
    }

    /** The order rows are shown in: the dimension's own order where it has one, else alphabetical; unknown last. */
    static Comparator<String> order(GroupBy groupBy) {
        Comparator<String> within = switch (groupBy) {
            case RACE_ETHNICITY -> Comparator.comparingInt(RACE_ORDER::indexOf);
            case SEX -> Comparator.comparingInt(SEX_ORDER::indexOf);
            case LOW_INCOME, ENGLISH_LEARNER, DISABILITY -> Comparator.comparing((String g) -> !g.startsWith("Not")
                    && !g.startsWith("Without")).reversed();
            case GRADE -> Comparator.comparingInt(Groups::gradeRank).thenComparing(Comparator.<String>naturalOrder());
            case STAGE -> Comparator.comparingInt(g -> ordinal(Stage.values(), g));
            case TYPE -> Comparator.comparingInt(g -> ordinal(OpportunityType.values(), g));
            default -> String.CASE_INSENSITIVE_ORDER;
        };
        // the last tie-break keeps distinct groups distinct in a TreeMap
        return Comparator.comparing((String g) -> GroupBy.UNKNOWN.equals(g)).thenComparing(within)
                .thenComparing(Comparator.<String>naturalOrder());
    }

    private static void add(List<String> races, Boolean flag, String race) {
        if (Boolean.TRUE.equals(flag)) {
            races.add(race);
        }
    }

    private static String sex(String sex) {
        if (sex == null) {
            return GroupBy.UNKNOWN;
        }
        return switch (sex) {
            case "female" -> "Female";
            case "male" -> "Male";
            case "other" -> "Other";
            default -> GroupBy.UNKNOWN;   // "unspecified"
        };
    }

    private static String yesNo(Boolean value, String yes, String no) {
        return value == null ? GroupBy.UNKNOWN : value ? yes : no;
    }

    /** The first grade the roster lists ("10,11" is 10: a student counts once); "09" as sent. */
    private static String grade(String grades) {
        if (grades == null || grades.isBlank()) {
            return GroupBy.UNKNOWN;
        }
        String first = grades.split(",")[0].strip();
        return first.isEmpty() ? GroupBy.UNKNOWN : first;
    }

    /** Before kindergarten, kindergarten, then grades by number, then anything else. */
    private static int gradeRank(String grade) {
        int early = GRADE_ORDER.indexOf(grade.toUpperCase(Locale.ROOT));
        if (early >= 0) {
            return early;
        }
        try {
            return GRADE_ORDER.size() + Integer.parseInt(grade);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int ordinal(Enum<?>[] values, String words) {
        for (Enum<?> v : values) {
            if (words(v.name()).equals(words)) {
                return v.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** JOB_SHADOW → "Job shadow". */
    static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
