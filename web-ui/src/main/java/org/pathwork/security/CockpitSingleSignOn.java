package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a Pathwork admin into Cockpit with the same sign-in: Spring Security lets only admins
 * through to /camunda/**, and this filter hands the signed-in name to Camunda as a member of
 * {@link CockpitOperators#GROUP}, whose Camunda authorizations say what they may do there. No one
 * is made a Camunda administrator: that group may deploy code and read or change every table.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SignedInAdmin.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Camunda instantiates this by class name. */
    public static class SignedInAdmin extends ContainerBasedAuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean admin = auth != null && auth.isAuthenticated()
                    && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            if (!admin) {
                return AuthenticationResult.unsuccessful();
            }
            ensureCamundaKnows(engine, auth.getName());
            AuthenticationResult result = AuthenticationResult.successful(auth.getName());
            result.setGroups(List.of(CockpitOperators.GROUP));
            return result;
        }

        /**
         * Camunda's web apps need a profile of the user in the engine's own identity tables, and the
         * membership too: every few minutes they re-read the user's groups from those tables
         * rather than from this filter. Spring Security still lets only admins reach Cockpit.
         */
        private static void ensureCamundaKnows(ProcessEngine engine, String username) {
            IdentityService identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(username).memberOfGroup(CockpitOperators.GROUP).count() > 0) {
                return;
            }
            try {
                if (identity.createUserQuery().userId(username).count() == 0) {
                    User user = identity.newUser(username);
                    user.setFirstName(username);
                    user.setLastName("(Pathwork)");
                    // never used: admins sign in through Pathwork, and Camunda's own sign-in is refused
                    user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                    identity.saveUser(user);
                }
                identity.createMembership(username, CockpitOperators.GROUP);
            } catch (ProcessEngineException raced) {
                // a second request of the same admin may have saved them first
                if (identity.createUserQuery().userId(username).memberOfGroup(CockpitOperators.GROUP).count() == 0) {
                    throw raced;
                }
            }
        }
    }
}
