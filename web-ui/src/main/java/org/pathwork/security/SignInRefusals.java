package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathwork.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** The answers to a sign-in that did not get in: 429 with Retry-After when throttled, else as before. */
@Component
class SignInRefusals {

    static final String THROTTLED_CODE = "auth.too-many-sign-ins";

    private final ProblemResponses problems;

    SignInRefusals(ProblemResponses problems) {
        this.problems = problems;
    }

    /** HTTP Basic on the API: problem details. */
    void basic(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof TooManySignIns throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            problems.write(response, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, THROTTLED_CODE,
                    "Too many failed sign-ins for this username or from this address. Wait "
                            + minutes(throttled) + ", then try again."));
            return;
        }
        problems.unauthorized(request, response, e);
    }

    /** The sign-in form: a short page saying how long to wait, else back to the form with its error. */
    AuthenticationFailureHandler form() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, e) -> {
            if (!(e instanceof TooManySignIns throttled)) {
                wrongPassword.onAuthenticationFailure(request, response, e);
                return;
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Please wait · Pathwork</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;line-height:1.5}</style>
                    </head><body>
                    <h1>Pathwork</h1>
                    <p id="sign-in-throttled">Too many failed sign-ins for this username or from this address.
                    Please wait %s, then <a href="login">sign in again</a>.</p>
                    </body></html>
                    """.formatted(minutes(throttled))).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String minutes(TooManySignIns throttled) {
        long m = throttled.retryAfterMinutes();
        return m == 1 ? "a minute" : m + " minutes";
    }
}
