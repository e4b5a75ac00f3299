package org.pathwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Role;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Nothing tells a caller whether a username exists: an unknown username, a disabled account and a
 * wrong password get the same exception, and each of them, like a throttled attempt, costs exactly
 * one bcrypt check (counted, not timed).
 */
class ThrottledSignInTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4) {
        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return super.matches(raw, encoded);
        }
    };
    private final Map<String, PathworkUser> users = Map.of(
            "enabled", user("enabled"),
            "disabled", user("disabled"));
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private ThrottledSignIn signIn;

    private PathworkUser user(String name) {
        return new PathworkUser("id-" + name, name, name, Role.COORDINATOR, encoder.encode("right password"),
                !name.equals("disabled"), 0, false);
    }

    @BeforeEach
    void setUp() {
        when(throttle.begin(any(), any())).thenReturn(new SignInThrottle.Attempt("a", "u", "x", Instant.now()));
        when(throttle.refusal(any())).thenReturn(Optional.empty());
        signIn = new ThrottledSignIn(name -> {
            PathworkUser u = users.get(name);
            if (u == null) {
                throw new UsernameNotFoundException("No such user");
            }
            return u;
        }, encoder, throttle);
        bcryptChecks.set(0);
    }

    @Test
    void unknownDisabledAndWrongPasswordGetOneAnswerAfterOneBcryptCheckEach() {
        Throwable unknown = attempt("nobody", "right password");
        Throwable disabled = attempt("disabled", "right password");
        Throwable wrong = attempt("enabled", "wrong password");

        assertThat(bcryptChecks.get()).isEqualTo(3);
        for (Throwable t : new Throwable[]{unknown, disabled, wrong}) {
            assertThat(t).isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        }
        verify(throttle, times(3)).failed(any());
    }

    @Test
    void aThrottledAttemptIsRefusedUncheckedAfterOneBcryptCheckOfADummy() {
        when(throttle.refusal(any())).thenReturn(Optional.of(Duration.ofSeconds(61)));

        Throwable throttled = attempt("enabled", "right password");

        assertThat(throttled).isInstanceOf(TooManySignIns.class);
        assertThat(((TooManySignIns) throttled).retryAfterSeconds()).isEqualTo(61);
        assertThat(((TooManySignIns) throttled).retryAfterMinutes()).isEqualTo(2);
        assertThat(bcryptChecks.get()).isEqualTo(1);
        verify(throttle).forget(any());
    }

    @Test
    void theRightPasswordGetsIn() {
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("enabled", "right password"))
                .getPrincipal()).isInstanceOf(PathworkUser.class);
        verify(throttle).succeeded(any());
    }

    private Throwable attempt(String username, String password) {
        return catchThrowable(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
    }
}
