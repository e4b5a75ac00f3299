package org.pathwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathwork.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a person replaces the password an administrator chose for them, the API answers only
 * {@code POST /api/me/password}; everything else is 403 with code {@code password.change-required}.
 * (The UI sends them to its password page instead: {@code ui.PasswordChangeRedirect}.)
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/api/me/password";

    private final ProblemResponses problems;

    PasswordChangeRequired(ProblemResponses problems) {
        this.problems = problems;
    }

    static boolean mustChange(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof PathworkUser user && user.passwordChangeRequired();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean changing = "POST".equals(request.getMethod())
                && CHANGE_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
        if (!changing && mustChange(SecurityContextHolder.getContext().getAuthentication())) {
            problems.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "password.change-required",
                    "An administrator set your password: choose your own first, with POST " + CHANGE_PATH
                            + " {currentPassword, newPassword}."));
            return;
        }
        chain.doFilter(request, response);
    }
}
