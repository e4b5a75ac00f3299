package org.pathwork.workflow.people;

/** A school or an employer partner. */
public record Organization(String id, String name, Kind kind) {

    public enum Kind { SCHOOL, EMPLOYER }
}
