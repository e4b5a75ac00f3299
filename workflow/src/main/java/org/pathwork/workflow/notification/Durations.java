package org.pathwork.workflow.notification;

/** Minutes in words for a mail: "1 h 30 min", "45 min", "2 h". */
final class Durations {

    private Durations() {
    }

    static String words(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
