package org.pathwork.security;

import org.pathwork.api.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach the operations endpoints and the OpenAPI description. Health (with its liveness and
 * readiness groups) is open so that a load balancer or the compose file can probe it; it shows
 * details only to admins. Every other actuator endpoint, metrics included, is for admins. The
 * OpenAPI description and Swagger UI are open in the embedded demo and for signed-in people only
 * where {@code pathwork.api-docs.public} is false (the {@code postgres} profile).
 * Refusals are problem details, as on the API.
 */
@Configuration
class OperationsSecurityConfig {

    @Bean
    @Order(-2)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(-1)
    SecurityFilterChain apiDocs(HttpSecurity http, ProblemResponses problems,
                                @Value("${pathwork.api-docs.public:false}") boolean open) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
                        "/swagger-ui.html")
                .authorizeHttpRequests(a -> {
                    if (open) {
                        a.anyRequest().permitAll();
                    } else {
                        a.anyRequest().authenticated();
                    }
                })
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }
}
