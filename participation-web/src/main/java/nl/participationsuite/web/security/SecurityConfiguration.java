package nl.participationsuite.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.web.api.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**} is a stateless resource server: a Keycloak access token with
 * the right issuer and audience, or 401. Everything else is the browser side: login through
 * Keycloak (authorization code with PKCE), CSRF on every form, a new session id at login, logout
 * at Keycloak too, and back-channel logout when the Keycloak session ends first. Both count requests
 * against the {@link RateLimits}. Roles come from the token's {@code realm_access.roles}.
 *
 * <p>Which role opens which area is decided here by path; which trajectory someone may see is
 * decided in the services (membership grants scope, DESIGN.md §2).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, Problems problems, RateLimits rateLimits)
            throws Exception {
        ProblemDetailsSecurityHandler problemHandler = new ProblemDetailsSecurityHandler(problems);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/trajectories").hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/api/v1/trajectories/**", "/api/v1/tasks/**")
                        .hasAnyRole(Role.PROFESSIONAL.name(), Role.COORDINATOR.name())
                        .requestMatchers("/api/v1/reports/**").hasRole(Role.MANAGER.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(
                                token -> new JwtAuthenticationToken(token,
                                        Role.authorities(Role.fromRealmAccess(token.getClaims())))))
                        .authenticationEntryPoint(problemHandler)
                        .accessDeniedHandler(problemHandler)
                        // A token that cannot be checked (Keycloak out of reach) is 503, not 500.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                                filter.setAuthenticationFailureHandler(problemHandler);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandler)
                        .accessDeniedHandler(problemHandler))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens travel in a header, never in a cookie: there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new RateLimitFilter(rateLimits, RateLimits.Channel.API), AuthorizationFilter.class)
                .headers(headers -> securityHeaders(headers, "'none'"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            KeycloakProperties keycloak, RateLimits rateLimits, Environment environment,
            ObjectProvider<StoredSessionsBackChannelLogout> storedSessionsLogout,
            ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients,
            @Value("${participation.keycloak.session-check:PT1M}") Duration sessionCheck) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logoutAtKeycloak = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtKeycloak.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/favicon.ico", "/gegevens-gewist").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll()
                        // Metrics: open on the management port (pod network only), administrators elsewhere.
                        .requestMatchers(new ManagementPortRequests(environment)).permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // Nothing is served there (no engine REST API, no engine webapps): let them answer 404.
                        .requestMatchers("/engine-rest/**", "/camunda/**").permitAll()
                        .requestMatchers("/werkruimte/trajecten/nieuw").hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/werkruimte/**").hasAnyRole(Role.PROFESSIONAL.name(), Role.COORDINATOR.name())
                        .requestMatchers("/portaal/**").hasRole(Role.RESIDENT.name())
                        .requestMatchers("/rapportages/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/beheer/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(pkceAuthorizationRequests(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserWithRealmRoles()))
                        .failureHandler(new KeycloakLoginFailureHandler()))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtKeycloak))
                // Keycloak posts a logout token to /logout/connect/back-channel/keycloak when the user's
                // session there ends without the application (an administrator signs them out, the
                // account console): the matching session here ends at once, deleted from the store every
                // node shares (StoredSessionsConfiguration). Keycloak sends none for an account switched
                // off: the session check below finds it.
                .oidcLogout(logout -> logout.backChannel(backChannel -> storedSessionsLogout
                        .ifAvailable(backChannel::logoutHandler)))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new RateLimitFilter(rateLimits, RateLimits.Channel.FORMS), AuthorizationFilter.class)
                .headers(headers -> securityHeaders(headers, "'self' " + keycloak.issuerOrigin()));
        authorizedClients.ifAvailable(clients -> http.addFilterBefore(
                new KeycloakSessionCheck(clients, sessionCheck, Clock.systemUTC()), AuthorizationFilter.class));
        return http.build();
    }

    /** The request budgets per user and client address of both chains (README, Configuration). */
    @Bean
    RateLimits rateLimits(RateLimitProperties settings) {
        return new RateLimits(settings);
    }

    /**
     * The same headers on every answer. Scripts, styles and images only from the application
     * itself; no framing at all; forms may go to the application and, for the logout redirect, to
     * Keycloak.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String formAction) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                        + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                        + "form-action " + formAction + "; frame-ancestors 'none'"))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** PKCE (S256) for the confidential client too: Keycloak's client requires it. */
    private static OAuth2AuthorizationRequestResolver pkceAuthorizationRequests(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * At browser login the roles come from the ID token, which carries {@code realm_access.roles}.
     * They are put on the user itself, so that the principal and the session agree on them.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserWithRealmRoles() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            authorities.addAll(Role.authorities(Role.fromRealmAccess(user.getIdToken().getClaims())));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
        };
    }

    /**
     * The Keycloak client registration, spelled out rather than discovered, so that the application
     * starts while Keycloak is still starting (readiness reports it until it answers).
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(KeycloakProperties keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuerUri())
                .authorizationUri(keycloak.authorizationEndpoint())
                .tokenUri(keycloak.tokenEndpoint())
                .jwkSetUri(keycloak.jwkSetUri())
                .userInfoUri(keycloak.userInfoEndpoint())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endSessionEndpoint()))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * API tokens: Keycloak's signature, our issuer, not expired, and our audience; a token that passed
     * is not checked again until it expires ({@link VerifiedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(keycloak.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(keycloak.audience()))));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }
}
