package org.pathwork.workflow.opportunity.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sixteen career clusters of the National Career Clusters framework (Advance CTE), the names
 * opportunities are filed under. "&" and "and" are read alike, and case does not matter.
 */
public final class CareerClusters {

    public static final List<String> NAMES = List.of(
            "Agriculture, Food and Natural Resources",
            "Architecture and Construction",
            "Arts, A/V Technology and Communications",
            "Business Management and Administration",
            "Education and Training",
            "Finance",
            "Government and Public Administration",
            "Health Science",
            "Hospitality and Tourism",
            "Human Services",
            "Information Technology",
            "Law, Public Safety, Corrections and Security",
            "Manufacturing",
            "Marketing",
            "Science, Technology, Engineering and Mathematics",
            "Transportation, Distribution and Logistics");

    private CareerClusters() {
    }

    /** The framework's name for what was typed, if it names a cluster. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = normalize(typed);
        return NAMES.stream().filter(n -> normalize(n).equals(key)).findFirst();
    }

    private static String normalize(String s) {
        return s.strip().replace("&", " and ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
