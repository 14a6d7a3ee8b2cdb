package nl.participationsuite.web.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Keycloak is and who the application is to it.
 *
 * @param issuerUri the realm's issuer as browsers and tokens see it, e.g.
 *        {@code http://127.0.0.1:8180/realms/participation}
 * @param backchannelUri the same realm as the application reaches it (inside a container network it
 *        differs from the issuer); the issuer when not set
 * @param clientId the confidential client for the browser login
 * @param clientSecret its secret
 * @param audience the audience every API token must carry
 */
@Validated
@ConfigurationProperties("participation.keycloak")
public record KeycloakProperties(@NotBlank String issuerUri, String backchannelUri, @NotBlank String clientId,
        @NotBlank String clientSecret, @NotBlank String audience) {

    /** The realm's base address for server-to-server calls (token, keys, user info). */
    public String backchannel() {
        return backchannelUri == null || backchannelUri.isBlank() ? issuerUri : backchannelUri;
    }

    String authorizationEndpoint() {
        return issuerUri + "/protocol/openid-connect/auth";
    }

    String endSessionEndpoint() {
        return issuerUri + "/protocol/openid-connect/logout";
    }

    String tokenEndpoint() {
        return backchannel() + "/protocol/openid-connect/token";
    }

    String jwkSetUri() {
        return backchannel() + "/protocol/openid-connect/certs";
    }

    String userInfoEndpoint() {
        return backchannel() + "/protocol/openid-connect/userinfo";
    }

    /** The origin of the issuer, which forms may be sent to (the logout redirect goes there). */
    String issuerOrigin() {
        java.net.URI uri = java.net.URI.create(issuerUri);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
