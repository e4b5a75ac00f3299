package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * The requests under /camunda/** that no one may make, whatever Camunda's own authorizations say
 * ({@link CockpitOperators} grants none of this either: this is the second lock). Deploying,
 * starting, messages and signals, modification and migration, writing variables, identity,
 * authorizations and stored filters, evaluating decisions, Camunda's own sign-in and first-user
 * set-up; the Tasklist, Admin and Welcome apps and their APIs altogether. Cockpit keeps looking,
 * retries and suspend/activate.
 *
 * <p>Paths are matched decoded, as the engine's REST resources see them, so a percent-encoded
 * letter does not slip past; Spring's firewall already refuses encoded slashes, dots and semicolons.
 */
final class CamundaRefusedPaths implements RequestMatcher {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    /** Any method. */
    private static final Pattern ALWAYS = Pattern.compile("(?i)^/camunda/(?:"
            + "app/(?:tasklist|admin|welcome)(?:/.*)?"
            + "|api/(?:tasklist|admin|welcome)(?:/.*)?"
            + ")$");

    /** Still open under the Admin API: who is signed in, and signing out (Cockpit asks both). */
    private static final Pattern SIGNED_IN_USER = Pattern.compile(
            "(?i)^/camunda/api/admin/auth/user/[^/]+(?:/logout)?/?$");

    /** Any method but reading, on the engine's REST API within the web apps. */
    private static final Pattern WRITING = Pattern.compile("(?i)^/camunda/api/engine/engine/[^/]+/(?:"
            + "deployment(?:/.*)?"
            + "|process-definition/.+/(?:start|submit-form|restart(?:-async)?)/?"
            + "|(?:decision-definition|decision-requirements-definition)(?:/.*)?"
            + "|(?:message|signal|condition|modification|migration)(?:/.*)?"
            + "|process-instance/[^/]+/modification(?:-async)?/?"
            + "|(?:process-instance|execution|task|case-instance|case-execution)/[^/]+/(?:variables|localVariables)(?:/.*)?"
            + "|execution/.+/trigger/?"
            + "|task/(?:create|[^/]+/(?:complete|submit-form|resolve))/?"
            + "|external-task/(?:fetchAndLock|[^/]+/complete)/?"
            + "|(?:user|group|tenant|authorization|identity|filter)(?:/.*)?"
            + ")$");

    private static final Logger log = LoggerFactory.getLogger(CamundaRefusedPaths.class);

    /** 403 for any refusal under /camunda/**; a refused path of this list is logged for operators. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (new CamundaRefusedPaths().matches(request)) {
            log.warn("PW-COCKPIT-002 refused {} {}: not allowed through the process engine's web apps",
                    request.getMethod(), request.getRequestURI());
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Every path of Camunda's web apps and their APIs. */
    static boolean underCamunda(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/camunda") || path.startsWith("/camunda/");
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (ALWAYS.matcher(path).matches()) {
            return !SIGNED_IN_USER.matcher(path).matches()
                    || !(READING.contains(request.getMethod()) || path.toLowerCase().endsWith("/logout"));
        }
        return !READING.contains(request.getMethod()) && WRITING.matcher(path).matches();
    }
}
