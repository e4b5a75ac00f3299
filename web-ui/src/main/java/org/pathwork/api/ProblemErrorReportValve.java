package org.pathwork.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Requests that Tomcat refuses before Spring sees them (an encoded NUL or a bad escape in the path,
 * say): under /api problem details like every other answer, elsewhere a short page for people.
 * Neither names the server software or shows an exception.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Tomcat's own page names Tomcat and its version, and may show the exception: never ours. */
    public ProblemErrorReportValve() {
        setShowServerInfo(false);
        setShowReport(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (uri == null || !uri.startsWith("/api/")) {
            page(request, response, throwable, status);
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "The address of this request is not valid." : title + ".";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"request.rejected\"}");
            }
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }

    /** For people: what happened in a sentence, and the way back to the start page. */
    private void page(Request request, Response response, Throwable throwable, int status) {
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write(PlainErrorPage.html(status == 400 || status == 404 ? PlainErrorPage.sentenceFor(status)
                        : "Something went wrong with this request."));
            }
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }
}
