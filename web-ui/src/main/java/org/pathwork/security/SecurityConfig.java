package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.pathwork.api.ProblemResponses;
import org.pathwork.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. The HTTP API takes HTTP Basic or the browser session; a session-authenticated
 * write must carry the CSRF token, a Basic-authenticated one need not (no cookie to abuse).
 * Cockpit is for admins only, less what CamundaRefusedPaths lists; the engine's REST API is not
 * deployed. The Vaadin UI signs in with a form.
 * Which placement a person may see or change is decided in the application services, not here.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * bcrypt, its cost configurable ({@code pathwork.password-strength}, default 10: about 70 ms a
     * check here). Hashes carry their id ("{bcrypt}"), so a later change of algorithm can upgrade them.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${pathwork.password-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::carriesCredentialsOrNoSession))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // matched on the path, not as a Spring MVC pattern: the engine's REST API under
        // /camunda/api/ is a servlet of its own, which an MVC pattern would miss
        return http.securityMatcher(CamundaRefusedPaths::underCamunda)
                .authorizeHttpRequests(a -> a.requestMatchers(new CamundaRefusedPaths()).denyAll()
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.accessDeniedHandler(CamundaRefusedPaths::refuse))
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                // Camunda's web apps protect themselves against CSRF with their own filter
                .csrf(c -> c.disable())
                .build();
    }

    /** The Vaadin UI: form sign-in at /login; each view's @RolesAllowed is enforced on navigation. */
    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        // the OpenAPI description and actuator have chains of their own (OperationsSecurityConfig)
        http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * CSRF protects a browser session's cookie from being used by another site. A request that
     * brings its own credentials, or has no session at all (and so will be asked to sign in: 401),
     * has no cookie to abuse.
     */
    private static boolean carriesCredentialsOrNoSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || request.getSession(false) == null;
    }
}
