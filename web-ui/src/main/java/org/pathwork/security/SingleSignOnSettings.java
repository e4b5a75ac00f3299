package org.pathwork.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pathwork.sso.*}: what Pathwork believes of an identity provider beyond the OpenID standard.
 *
 * @param trustedEmailRegistrations registration ids ({@code spring.security.oauth2.client.registration.<id>})
 *                                  whose {@code email} claim is taken as verified even without
 *                                  {@code email_verified=true}. Empty by default. Microsoft Entra ID
 *                                  sends no {@code email_verified}; its {@code email} is whatever the
 *                                  tenant's administrators recorded, so list a Microsoft registration
 *                                  here only when its issuer is the school's own tenant (never
 *                                  {@code common} or {@code organizations}): then the school vouches
 *                                  for every address, and no other tenant can claim one.
 */
@ConfigurationProperties("pathwork.sso")
public record SingleSignOnSettings(Set<String> trustedEmailRegistrations) {

    public SingleSignOnSettings {
        trustedEmailRegistrations = trustedEmailRegistrations == null ? Set.of() : Set.copyOf(trustedEmailRegistrations);
    }

    boolean trustsEmailOf(String registrationId) {
        return trustedEmailRegistrations.contains(registrationId);
    }
}
