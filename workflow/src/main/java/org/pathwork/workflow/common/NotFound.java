package org.pathwork.workflow.common;

/** Unknown, or not visible to the caller: the two are deliberately indistinguishable. */
public class NotFound extends RuntimeException {

    public NotFound(String sentence) {
        super(sentence, null, false, false);
    }

    public static NotFound placement(String id) {
        boolean printable = id != null && id.length() <= 64 && SafeText.isSafe(id);
        return new NotFound("There is no placement " + (printable ? id + " " : "") + "that you can see.");
    }
}
