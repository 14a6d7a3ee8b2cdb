package nl.participationsuite.web.security;

import java.time.Duration;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keycloak answers for our realm. Part of readiness: without Keycloak nobody can log in and no
 * token can be checked, so a node without it should not get traffic.
 */
@Component("keycloak")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private final RestClient client;

    private final String discoveryUri;

    KeycloakHealthIndicator(KeycloakProperties keycloak) {
        super("Keycloak health check failed");
        this.discoveryUri = keycloak.backchannel() + "/.well-known/openid-configuration";
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.get().uri(discoveryUri).retrieve().toBodilessEntity();
        builder.up().withDetail("realm", discoveryUri);
    }
}
