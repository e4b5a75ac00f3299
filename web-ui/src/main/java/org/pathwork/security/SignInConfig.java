package org.pathwork.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Username-and-password sign-in for every filter chain goes through {@link ThrottledSignIn}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SignInConfig {

    @Bean
    AuthenticationProvider throttledSignIn(PathworkUserDetailsService users, PasswordEncoder encoder,
                                           SignInThrottle throttle) {
        return new ThrottledSignIn(users, encoder, throttle);
    }
}
