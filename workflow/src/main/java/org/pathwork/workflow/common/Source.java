package org.pathwork.workflow.common;

/** Where a change came from; recorded on every event. */
public enum Source {
    UI, API, PROCESS, TIMER, IMPORT;

    public String code() {
        return name().toLowerCase();
    }
}
