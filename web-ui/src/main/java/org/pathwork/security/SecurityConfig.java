package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.pathwork.api.ProblemResponses;
import org.pathwork.ui.AppShell;
import org.pathwork.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may reach what. The HTTP API takes HTTP Basic or the browser session; a session-authenticated
 * write must carry the CSRF token, a Basic-authenticated one need not (no cookie to abuse).
 * Cockpit is for admins only, less what CamundaRefusedPaths lists; the engine's REST API is not
 * deployed. The Vaadin UI signs in with a form, and through the school's OpenID provider when one is
 * configured ({@link SingleSignOn}).
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
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SignInRefusals refusals) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(refusals::basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::carriesCredentialsOrNoSession))
                .addFilterAfter(new PasswordChangeRequired(problems), AuthorizationFilter.class)
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

    /**
     * The Vaadin UI: form sign-in at /login; each view's @RolesAllowed is enforced on navigation.
     * Vaadin's configurer would exempt the sign-in POST from CSRF (login CSRF: another site could
     * sign a pupil's browser into its own account); here only Vaadin's own requests are exempt, as
     * they carry Vaadin's token, and the sign-in form sends Spring's token from the page's meta tags.
     */
    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http, RequestUtil vaadinRequests, SignInRefusals refusals,
                           SingleSignOn singleSignOn) throws Exception {
        // the OpenAPI description and actuator have chains of their own (OperationsSecurityConfig)
        // the app's stylesheet and icon (AppShell) are on the sign-in page too; Vaadin's configurer
        // opens /favicon.ico and its own /VAADIN/** itself
        http.authorizeHttpRequests(a -> a.requestMatchers("/error", "/" + AppShell.ASSETS + "**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(f -> f.failureHandler(refusals.form()));
        singleSignOn.applyTo(http);
        http.headers(SecurityConfig::uiHeaders);
        return http.build();
    }

    /**
     * Vaadin 24's client needs inline scripts (the bootstrap page), {@code new Function} (executeJs)
     * and inline styles; everything else comes from this origin, and no other site may frame the UI.
     * Camunda's web apps under /camunda/** send their own policy and are not touched here.
     */
    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void uiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(UI_CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
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
