package org.pathwork.workflow.people.roster;

import java.util.List;

/** The bundle had errors, so nothing was changed; every error found is listed. */
public class RosterRejected extends RuntimeException {

    private final transient List<RosterError> errors;

    public RosterRejected(List<RosterError> errors) {
        super("The roster has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was changed.");
        this.errors = List.copyOf(errors);
    }

    public List<RosterError> errors() {
        return errors;
    }
}
