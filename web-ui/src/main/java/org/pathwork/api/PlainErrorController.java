package org.pathwork.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathwork.ui.error.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring Boot's {@code /error}, where the servlet container forwards what nothing else answered (an
 * exception outside Vaadin and the API's own handler, a {@code sendError}), and which anyone may
 * open directly. Replaces Spring's whitelabel page: under {@code /api} problem details, elsewhere a
 * sentence and the way back to the start page. Never the exception, its message or a trace; an
 * exception is logged under a reference that the answer shows.
 */
@Controller
class PlainErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(PlainErrorController.class);

    private final ProblemResponses problems;

    PlainErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // opened directly, nothing failed: there is simply no page here
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String reference = null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            reference = ErrorReference.next();
            log.error("PW-UI-021 unexpected error answering a request, reference {}", reference, failure);
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (uri instanceof String path && path.startsWith("/api/")) {
            HttpStatus answer = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
            String detail = answer.is5xxServerError()
                    ? "Something went wrong on our side." + (reference == null ? "" : " Reference " + reference + ".")
                    : answer.getReasonPhrase() + ".";
            problems.write(response, ProblemResponses.problem(answer, answer.is5xxServerError() ? "server.error"
                    : "request.rejected", detail));
            return;
        }
        response.setStatus(known == null ? 500 : status);
        response.setContentType("text/html;charset=UTF-8");
        String sentence = PlainErrorPage.sentenceFor(known == null ? 500 : status);
        response.getWriter().write(reference == null ? PlainErrorPage.html(sentence)
                : PlainErrorPage.html(sentence, "If it happens again, tell your administrator the reference "
                        + reference + "."));
    }
}
