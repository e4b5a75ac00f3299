package org.pathwork.security;

import java.util.List;
import org.pathwork.workflow.people.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who an OpenID identity is at Pathwork: the one enabled person whose e-mail address is the identity's
 * verified {@code email} (case aside). Verified means {@code email_verified=true}, or a registration
 * listed in {@code pathwork.sso.trusted-email-registrations}. Anything else is refused with a
 * {@link SingleSignOnRefusal}, and no one is created.
 *
 * <p>A person whose administrator-chosen password must still be changed signs in all the same and is
 * not sent to change it: single sign-on needs no Pathwork password, and the forced change still
 * applies whenever that password itself is used.
 *
 * <p>Logs carry the person's id, never the address or a name.
 */
final class IdentityMatching implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(IdentityMatching.class);

    /** The provider's identity and the person it was matched to. */
    static final class MatchedIdentity extends DefaultOidcUser {

        private final transient PathworkUser person;
        private final String registrationId;

        MatchedIdentity(OidcUser identity, PathworkUser person, String registrationId) {
            super(person.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
            this.person = person;
            this.registrationId = registrationId;
        }

        PathworkUser person() {
            return person;
        }

        String registrationId() {
            return registrationId;
        }
    }

    /** A refusal, with the address to name on the sign-in page (null when the identity had none). */
    static final class Refused extends OAuth2AuthenticationException {

        private final SingleSignOnRefusal refusal;
        private final transient String address;

        Refused(SingleSignOnRefusal refusal, String address) {
            super(new OAuth2Error("pathwork_sso_" + refusal.code()), "single sign-on refused: " + refusal.code());
            this.refusal = refusal;
            this.address = address;
        }

        SingleSignOnRefusal refusal() {
            return refusal;
        }

        String address() {
            return address;
        }
    }

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserAccounts accounts;
    private final PathworkUserDetailsService users;
    private final SingleSignOnSettings settings;

    IdentityMatching(UserAccounts accounts, PathworkUserDetailsService users, SingleSignOnSettings settings) {
        this(new OidcUserService(), accounts, users, settings);
    }

    IdentityMatching(OAuth2UserService<OidcUserRequest, OidcUser> provider, UserAccounts accounts,
                     PathworkUserDetailsService users, SingleSignOnSettings settings) {
        this.provider = provider;
        this.accounts = accounts;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcUser identity = provider.loadUser(request);
        String email = identity.getEmail() == null ? null : identity.getEmail().strip();
        if (email == null || email.isEmpty()) {
            log.info("PW-AUTH-022 single sign-on refused ({}): the identity has no e-mail address", registrationId);
            throw new Refused(SingleSignOnRefusal.UNVERIFIED, null);
        }
        if (!Boolean.TRUE.equals(identity.getEmailVerified()) && !settings.trustsEmailOf(registrationId)) {
            log.info("PW-AUTH-022 single sign-on refused ({}): the provider did not verify the e-mail address",
                    registrationId);
            throw new Refused(SingleSignOnRefusal.UNVERIFIED, email);
        }
        List<String> usernames = accounts.usernamesWithEmail(email);
        if (usernames.isEmpty()) {
            log.info("PW-AUTH-021 single sign-on refused ({}): no person has the identity's e-mail address",
                    registrationId);
            throw new Refused(SingleSignOnRefusal.UNKNOWN, email);
        }
        if (usernames.size() > 1) {
            log.info("PW-AUTH-024 single sign-on refused ({}): {} people share the identity's e-mail address",
                    registrationId, usernames.size());
            throw new Refused(SingleSignOnRefusal.AMBIGUOUS, email);
        }
        PathworkUser person;
        try {
            person = users.loadUserByUsername(usernames.get(0));
        } catch (UsernameNotFoundException noAccount) {
            // a person in the directory without a sign-in account: as good as disabled
            log.info("PW-AUTH-023 single sign-on refused ({}): the person has no sign-in account", registrationId);
            throw new Refused(SingleSignOnRefusal.DISABLED, email);
        }
        if (!person.isEnabled()) {
            log.info("PW-AUTH-023 single sign-on refused ({}): person {} is disabled", registrationId, person.personId());
            throw new Refused(SingleSignOnRefusal.DISABLED, email);
        }
        PathworkUser signedIn = new PathworkUser(person.personId(), person.username(), person.displayName(),
                person.role(), person.passwordHash(), person.enabled(), person.sessionVersion(), false);
        return new MatchedIdentity(identity, signedIn, registrationId);
    }
}
