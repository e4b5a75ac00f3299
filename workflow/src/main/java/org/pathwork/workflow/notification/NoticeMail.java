package org.pathwork.workflow.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A notice as a mail: plain text, and simple HTML made from the same sentences (every value
 * escaped). The person's name, what happened, what is asked and by when, one link.
 */
final class NoticeMail {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private NoticeMail() {
    }

    record Rendered(String subject, String text, String html) {
    }

    static Rendered render(String recipientName, Notice notice, String settingsUrl) {
        return render(recipientName, notice.subject(), List.of(notice), settingsUrl);
    }

    /** One mail for one notice, or a digest of several. */
    static Rendered render(String recipientName, String subject, List<Notice> notices, String settingsUrl) {
        StringBuilder text = new StringBuilder("Hello " + recipientName + ",\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif; "
                + "line-height: 1.5; max-width: 40em\"><p>Hello " + esc(recipientName) + ",</p>");
        for (Notice n : notices) {
            if (notices.size() > 1) {
                text.append("* ").append(n.subject()).append("\n");
                html.append("<h2 style=\"font-size: 1.1em\">").append(esc(n.subject())).append("</h2>");
            }
            text.append(n.body()).append("\n");
            html.append("<p>").append(esc(n.body()).replace("\n", "<br>")).append("</p>");
            if (n.dueOn() != null) {
                text.append("Due ").append(due(n.dueOn())).append(".\n");
                html.append("<p><strong>Due ").append(esc(due(n.dueOn()))).append(".</strong></p>");
            }
            if (n.link() != null) {
                text.append(n.linkLabel()).append(": ").append(n.link()).append("\n");
                html.append("<p><a href=\"").append(esc(n.link())).append("\" style=\"display: inline-block; "
                        + "padding: 0.6em 1em; background: #1a5fb4; color: #fff; text-decoration: none; "
                        + "border-radius: 4px\">").append(esc(n.linkLabel())).append("</a></p>");
            }
            text.append("\n");
        }
        String footer = settingsUrl == null
                ? "This mail comes from Pathwork, which your school uses for work-based learning placements."
                : "This mail comes from Pathwork. Choose which mails you get, or one digest a day: " + settingsUrl;
        text.append("-- \n").append(footer).append("\n");
        html.append("<hr><p style=\"color: #555; font-size: 0.9em\">").append(esc(footer)).append("</p></body></html>");
        return new Rendered(subject, text.toString(), html.toString());
    }

    static String due(LocalDate date) {
        return DUE.format(date);
    }

    /** Escapes text for HTML content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
