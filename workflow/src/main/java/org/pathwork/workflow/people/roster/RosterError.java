package org.pathwork.workflow.people.roster;

/**
 * One thing wrong with a roster bundle: the file, the physical line (the header is line 1; null
 * when the whole file or upload is meant), the column (null when no single one) and a sentence.
 */
public record RosterError(String file, Integer line, String field, String message) {

    static RosterError ofFile(String file, String message) {
        return new RosterError(file, null, null, message);
    }
}
