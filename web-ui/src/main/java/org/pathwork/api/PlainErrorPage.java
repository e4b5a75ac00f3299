package org.pathwork.api;

/**
 * The error page for people outside the Vaadin UI (Tomcat's refusals, Spring's {@code /error}):
 * a sentence and the way back to the start page, nothing about the server or the failure.
 */
final class PlainErrorPage {

    private PlainErrorPage() {
    }

    /** {@code sentences} are our own fixed text (and hex references): nothing a client sent. */
    static String html(String... sentences) {
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Pathwork</title></head><body><h1>Pathwork</h1>");
        for (String sentence : sentences) {
            page.append("<p>").append(sentence).append("</p>");
        }
        return page.append("<p><a href=\"/\">Go to the start page</a></p></body></html>").toString();
    }

    static String sentenceFor(int status) {
        return status == 400 ? "The address of this page could not be read."
                : status == 404 ? "There is no page at this address."
                : status < 500 ? "This request could not be handled."
                : "Something went wrong on our side.";
    }
}
