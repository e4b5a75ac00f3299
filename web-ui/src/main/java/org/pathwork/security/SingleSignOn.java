package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the school's OpenID Connect provider (Google, Microsoft Entra ID, Clever, ...),
 * present only when Spring Boot's {@code spring.security.oauth2.client.registration.*} names one:
 * without it there is no {@link ClientRegistrationRepository} and the UI signs in with passwords alone.
 *
 * <p>An identity becomes a person by its verified e-mail address ({@link IdentityMatching}); nobody is
 * created. Once matched, the session holds the same {@link PathworkUser} as after a password sign-in,
 * in a {@link UsernamePasswordAuthenticationToken}: the OpenID token Spring puts in the session first is
 * replaced before the response leaves. Why replace it rather than make PathworkUser an OidcUser: every
 * check that keeps sessions honest ({@link SessionsEndWithTheirGrant}, {@link PasswordChangeRequired},
 * {@code @AuthenticationPrincipal PathworkUser}) then holds for single sign-on without knowing of it, and
 * the session keeps none of the provider's tokens or claims about a pupil that Pathwork does not need.
 * For the same reason the provider's access token is thrown away: Pathwork calls none of its APIs.
 */
@Component
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOn {

    /** The session attribute with the e-mail address of a refused identity, for the sign-in page's sentence. */
    public static final String REFUSED_ADDRESS = SingleSignOn.class.getName() + ".refusedAddress";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    /** A provider's button on the sign-in page: "Sign in with {@code name}", a link to {@code path}. */
    public record Provider(String registrationId, String name, String path) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final IdentityMatching matching;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, PathworkUserDetailsService users,
                 org.pathwork.workflow.people.UserAccounts accounts, SingleSignOnSettings settings) {
        this.registrations = registrations;
        this.matching = new IdentityMatching(accounts, users, settings);
    }

    /** The configured providers, in the order of their registrations; empty without single sign-on. */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                if (o instanceof ClientRegistration r) {
                    providers.add(new Provider(r.getRegistrationId(), r.getClientName(),
                            "oauth2/authorization/" + r.getRegistrationId()));
                }
            }
        }
        return providers;
    }

    /** Adds OpenID Connect sign-in to the UI's filter chain, if a provider is configured. */
    void applyTo(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler continueWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
        continueWhereTheyWere.setDefaultTargetUrl("/");
        http.oauth2Login(o -> o
                // Pathwork's own page (with the password form beside the buttons), not Spring's generated
                // one, and no automatic redirect to the only provider: supervisors have no school account
                .loginPage("/login")
                .userInfoEndpoint(u -> u.oidcUserService(matching)
                        .userService(request -> {
                            throw new OAuth2AuthenticationException(new OAuth2Error("pathwork_not_openid_connect"),
                                    "PW-AUTH-025 registration " + request.getClientRegistration().getRegistrationId()
                                            + " is plain OAuth 2: add the scope openid");
                        }))
                .authorizedClientRepository(NO_AUTHORIZED_CLIENTS)
                .successHandler((request, response, authentication) -> {
                    signIn(request, response, authentication);
                    continueWhereTheyWere.onAuthenticationSuccess(request, response,
                            SecurityContextHolder.getContext().getAuthentication());
                })
                .failureHandler(this::refuse));
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof IdentityMatching.MatchedIdentity matched)) {
            throw new IllegalStateException("an OpenID sign-in that was not matched to a person");
        }
        PathworkUser user = matched.person();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        log.info("PW-AUTH-020 person {} signed in through single sign-on ({})", user.personId(),
                matched.registrationId());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        SingleSignOnRefusal refusal = SingleSignOnRefusal.FAILED;
        String address = null;
        if (e instanceof IdentityMatching.Refused refused) {
            refusal = refused.refusal();
            address = refused.address();
        } else {
            // the provider's error code may come from the callback's query string: log it only when it
            // looks like an OAuth error code, never as given
            String code = e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : null;
            log.info("PW-AUTH-025 single sign-on failed: {}",
                    code != null && code.matches("[a-z_]{1,64}") ? code : e.getClass().getSimpleName());
        }
        HttpSession session = request.getSession();
        if (address == null) {
            session.removeAttribute(REFUSED_ADDRESS);
        } else {
            session.setAttribute(REFUSED_ADDRESS, address);
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + refusal.code());
    }

    /** Keeps no provider's access or refresh token: Pathwork signs people in with the ID token and calls no API. */
    private static final OAuth2AuthorizedClientRepository NO_AUTHORIZED_CLIENTS = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                        HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    };
}
