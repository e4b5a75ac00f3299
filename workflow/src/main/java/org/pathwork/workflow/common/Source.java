package org.pathwork.workflow.common;

/**
 * Where a change came from; recorded on every event. EMAIL_LINK: a person pressed the button of a
 * one-use link mailed to them, without signing in (link.ActionLinks).
 */
public enum Source {
    UI, API, PROCESS, TIMER, IMPORT, EMAIL_LINK;

    public String code() {
        return name().toLowerCase();
    }
}
