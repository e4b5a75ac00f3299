package org.pathwork.workflow.common;

/** The caller may see the thing but may not do this to it. */
public class Forbidden extends RuntimeException {

    public Forbidden(String sentence) {
        super(sentence, null, false, false);
    }
}
