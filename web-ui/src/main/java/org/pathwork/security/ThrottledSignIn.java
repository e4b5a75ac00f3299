package org.pathwork.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every username-and-password sign-in (HTTP Basic, the form, Cockpit's): throttled per username and
 * per client address ({@link SignInThrottle}), and alike for every caller who does not get in. An
 * unknown username, a disabled account, a wrong password and a throttled attempt each cost one bcrypt
 * check at the configured strength, and the first three give the same answer: nobody learns from the
 * answer or its time whether a username exists or is disabled.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    /** A hash no password matches, made with the real encoder so checking against it costs the same. */
    private final String throttledDummyHash;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks "disabled" before the password by default, which answers a disabled account
        // without bcrypt (faster, and a different exception); check it after, like everything else.
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.encoder = encoder;
        this.throttledDummyHash = encoder.encode("throttled sign-in " + java.util.UUID.randomUUID());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt;
        Optional<Duration> wait;
        try {
            attempt = throttle.begin(authentication.getName(), address);
            wait = throttle.refusal(attempt);
            if (wait.isPresent()) {
                throttle.forget(attempt);
            }
        } catch (DataAccessException e) {
            // the entry points answer 503 for this, as for any sign-in the database could not check
            throw new InternalAuthenticationServiceException("PW-AUTH-003 sign-in throttle unavailable", e);
        }
        if (wait.isPresent()) {
            String presented = String.valueOf(authentication.getCredentials());
            encoder.matches(presented, throttledDummyHash);
            log.info("PW-AUTH-002 sign-in refused unchecked: too many failures for its username or address");
            throw new TooManySignIns(wait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            // not checked (the database failed): not a failure of the caller's
            forgetQuietly(attempt);
            throw e;
        } catch (AuthenticationException e) {
            record(() -> throttle.failed(attempt));
            log.info("PW-AUTH-001 sign-in failed");
            throw new BadCredentialsException("Bad credentials");
        }
        record(() -> throttle.succeeded(attempt));
        return result;
    }

    private static void record(Runnable bookkeeping) {
        try {
            bookkeeping.run();
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("PW-AUTH-003 sign-in throttle unavailable", e);
        }
    }

    private void forgetQuietly(SignInThrottle.Attempt attempt) {
        try {
            throttle.forget(attempt);
        } catch (DataAccessException ignored) {
            // the database is away; the attempt ages out of the window by itself
        }
    }
}
