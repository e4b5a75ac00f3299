package org.pathwork.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a small
 * context of its own, on its own port, with one client ({@link #CLIENT_ID}) and the identities a test
 * adds ({@link #addIdentity}), signed in through its login form with {@link #PASSWORD}.
 *
 * <p>It answers at {@code http://localhost:<port>}; Pathwork must be reached at {@code 127.0.0.1}: the
 * server accepts loopback redirect addresses on any port only as IP literals, and the two hosts keep
 * the provider's and Pathwork's session cookies apart as they would be in life.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "pathwork";
    public static final String CLIENT_SECRET = "provider-test-secret";
    public static final String PASSWORD = "provider password";
    /** The registration id Pathwork is configured with ({@code spring.security.oauth2.client.registration.school}). */
    public static final String REGISTRATION_ID = "school";

    /** What the provider says of a person: their address and whether it verified it (null: says nothing). */
    public record Identity(String email, Boolean emailVerified) {
    }

    private static final Map<String, Identity> IDENTITIES = new ConcurrentHashMap<>();

    private final ConfigurableApplicationContext context;

    private TestOpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestOpenIdProvider start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .web(WebApplicationType.SERVLET)
                // none of Pathwork's application.yml: this is another application
                .run("--spring.config.name=test-openid-provider", "--server.port=0", "--spring.main.banner-mode=off",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION");
        return new TestOpenIdProvider(context);
    }

    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A person who can sign in at the provider with {@code username} and {@link #PASSWORD}. */
    public void addIdentity(String username, String email, Boolean emailVerified) {
        IDENTITIES.put(username, new Identity(email, emailVerified));
        InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
        if (!users.userExists(username)) {
            users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
        }
    }

    /** The properties that configure Pathwork for this provider, as an operator would set them. */
    public Map<String, String> clientProperties(String clientName) {
        String registrationId = REGISTRATION_ID;
        String prefix = "spring.security.oauth2.client.";
        return Map.of(prefix + "registration." + registrationId + ".client-id", CLIENT_ID,
                prefix + "registration." + registrationId + ".client-secret", CLIENT_SECRET,
                prefix + "registration." + registrationId + ".client-name", clientName,
                prefix + "registration." + registrationId + ".scope", "openid,email",
                prefix + "provider." + registrationId + ".issuer-uri", issuer());
    }

    @Override
    public void close() {
        context.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    // the user-info endpoint takes the access tokens it issued
                    .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        /**
         * Pathwork's redirect address on any loopback port: the server matches a registered
         * 127.0.0.1 address regardless of port (RFC 8252), and Pathwork's port is known only later.
         */
        @Bean
        RegisteredClientRepository clients() {
            RegisteredClient pathwork = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.EMAIL)
                    .build();
            return new org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository(pathwork);
        }

        /** The {@code email} and {@code email_verified} claims of the signed-in identity, in its ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Identity identity = IDENTITIES.get(context.getPrincipal().getName());
                if (identity == null) {
                    return;
                }
                context.getClaims().claim("email", identity.email());
                if (identity.emailVerified() != null) {
                    context.getClaims().claim("email_verified", identity.emailVerified());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
