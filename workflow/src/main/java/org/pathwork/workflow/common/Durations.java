package org.pathwork.workflow.common;

/** Minutes in words, in mails and on screens: "1 h 30 min", "45 min", "2 h". */
public final class Durations {

    private Durations() {
    }

    public static String words(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
