package org.pathwork.workflow.common;

/** The roles of design.md; their lower-case names are the process engine's candidate groups. */
public enum Role {
    STUDENT, SUPERVISOR, COORDINATOR, GUARDIAN, ADMIN, SYSTEM;

    public String group() {
        return name().toLowerCase();
    }
}
