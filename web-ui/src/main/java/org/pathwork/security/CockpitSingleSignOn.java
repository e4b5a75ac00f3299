package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
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
 * Signs a Pathwork admin into Camunda's web apps (Cockpit, Tasklist, Admin) with the same sign-in:
 * Spring Security lets only admins through to /camunda/**, and this filter hands the signed-in
 * name to Camunda as an administrator.
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
            result.setGroups(List.of("camunda-admin"));
            return result;
        }

        /**
         * Camunda's web apps need a profile of the user in the engine's own identity tables, and send
         * everyone to a first-admin set-up page until some user is in the camunda-admin group.
         */
        private static void ensureCamundaKnows(ProcessEngine engine, String username) {
            IdentityService identity = engine.getIdentityService();
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
                admins.setName("Camunda administrators (Pathwork admins)");
                admins.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(admins);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(Pathwork)");
                // never used: admins sign in through Pathwork
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership(username, Groups.CAMUNDA_ADMIN);
            }
        }
    }
}
