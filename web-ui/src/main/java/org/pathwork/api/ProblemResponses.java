package org.pathwork.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details, in one shape everywhere: {@code status}, {@code title}, a {@code detail}
 * sentence for people, a stable {@code code} where there is one, and {@code errors: [{field,
 * message}]} for bad fields. Also written by the filters and security handlers that run before
 * Spring MVC.
 */
@Component
public class ProblemResponses {

    public record FieldError(String field, String message) {
    }

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        p.setType(URI.create("about:blank"));
        if (code != null) {
            p.setProperty("code", code);
        }
        return p;
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "request.invalid", detail);
        p.setProperty("errors", errors);
        return p;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causedBy(e)) {
            // the password could not be checked: that is our outage, not the caller's fault
            response.setHeader("Retry-After", "5");
            write(response, DatabaseOutage.problem());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Pathwork\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "auth.required",
                "Sign in first: send your username and password with HTTP Basic, or use your browser session."));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "auth.forbidden", "You are not allowed to do this."));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
