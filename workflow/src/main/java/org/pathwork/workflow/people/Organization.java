package org.pathwork.workflow.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * A district, a school, an out-of-school program or an employer partner. A school or a program may
 * belong to a district ({@code parentId}); the others stand alone.
 */
public record Organization(String id, String name, Kind kind, String parentId) {

    public static final int MAX_NAME = 200;

    public enum Kind {
        DISTRICT, SCHOOL, PROGRAM, EMPLOYER;

        /** Where students are enrolled. */
        public static final Set<Kind> LEARNING = EnumSet.of(SCHOOL, PROGRAM);
        /** What coordinators belong to: a district covers its schools and programs. */
        public static final Set<Kind> COORDINATED = EnumSet.of(DISTRICT, SCHOOL, PROGRAM);

        /** Only schools and programs sit inside a district. */
        public boolean mayHaveParent() {
            return LEARNING.contains(this);
        }

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }
}
