package org.pathwork.workflow.common;

import java.util.Objects;

/** Who is acting: a person of the directory in one of their roles, or the system (process engine, timers). */
public record Actor(String personId, Role role, Source source) {

    public Actor {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
    }

    public static Actor system(Source source) {
        return new Actor("system", Role.SYSTEM, source);
    }

    public Actor via(Source other) {
        return new Actor(personId, role, other);
    }

    public boolean is(Role r) {
        return role == r;
    }
}
