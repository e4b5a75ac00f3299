package org.pathwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.pathwork.api.ProblemResponses;
import org.pathwork.workflow.people.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session lives only while its person still holds what it was granted at sign-in: on every request
 * that brings a signed-in session, the person's current {@link UserAccounts.Grant} (role, enabled,
 * password hash, session version: one query by primary key) is compared with the one the session
 * was signed in with; if they differ the session is invalidated before any security check runs, and
 * the request goes on as anonymous (the API answers 401, the UI goes back to sign-in).
 *
 * <p>Why this and not a shared session registry (Spring Session JDBC): nothing about sessions is
 * held in one instance's memory that another instance would have to be told about, the database
 * every instance already uses is the only shared state, and sessions stay where they are. The
 * session version is bumped by every change of enabled, role or password; comparing the role,
 * state and hash too also ends sessions after a change made some other way (SQL, a future import).
 *
 * <p>It runs before Spring Security's filters, for every chain (API, UI, Cockpit), reading the
 * context where Spring Security keeps it in the session. Vaadin's heartbeat and poll requests are
 * requests like any other, so an open tab cannot keep a dead session alive.
 */
@Configuration(proxyBeanMethods = false)
class SessionsEndWithTheirGrant {

    private static final Logger log = LoggerFactory.getLogger(SessionsEndWithTheirGrant.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionGrantCheck(UserAccounts accounts, ProblemResponses problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new GrantCheck(accounts, problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setName("sessionGrantCheck");
        return registration;
    }

    static final class GrantCheck extends OncePerRequestFilter {

        private final UserAccounts accounts;
        private final ProblemResponses problems;

        GrantCheck(UserAccounts accounts, ProblemResponses problems) {
            this.accounts = accounts;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            PathworkUser user = session == null ? null : signedIn(session);
            if (user != null) {
                boolean holds;
                try {
                    holds = accounts.currentGrant(user.personId()).filter(user.grant()::equals).isPresent();
                } catch (DataAccessException e) {
                    // whether the session still holds cannot be known: refuse this request, keep the session
                    response.setHeader("Retry-After", "5");
                    problems.write(response, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                            "Pathwork cannot reach its database just now. Nothing was changed; please try again shortly."));
                    return;
                }
                if (!holds) {
                    invalidate(session);
                    log.info("PW-AUTH-010 ended a session of person {}: their account, role or password changed",
                            user.personId());
                }
            }
            chain.doFilter(request, response);
        }

        private static PathworkUser signedIn(HttpSession session) {
            Object context;
            try {
                context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            } catch (IllegalStateException alreadyInvalidated) {
                return null;
            }
            return context instanceof SecurityContext sc && sc.getAuthentication() != null
                    && sc.getAuthentication().getPrincipal() instanceof PathworkUser user ? user : null;
        }

        private static void invalidate(HttpSession session) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same session got there first
            }
        }
    }
}
