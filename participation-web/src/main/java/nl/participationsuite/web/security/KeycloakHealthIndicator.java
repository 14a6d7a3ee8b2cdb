package nl.participationsuite.web.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keycloak answers for our realm: shown to administrators in the health details, but part of neither
 * readiness nor liveness (application.yml). Keycloak is shared by every node: were it in readiness,
 * a short outage of Keycloak would take every node out of the load balancer at once, also for the
 * pages of signed-in users, which do not need it; a node that cannot reach it answers what needs it
 * with 503 instead. A failed check is one warning line, not a stack trace.
 */
@Component("keycloak")
class KeycloakHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(KeycloakHealthIndicator.class);

    private final RestClient client;

    private final String discoveryUri;

    KeycloakHealthIndicator(KeycloakProperties keycloak) {
        this.discoveryUri = keycloak.backchannel() + "/.well-known/openid-configuration";
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Health health() {
        try {
            client.get().uri(discoveryUri).retrieve().toBodilessEntity();
            return Health.up().withDetail("realm", discoveryUri).build();
        }
        catch (RuntimeException ex) {
            String cause = KeycloakUnavailable.summary(ex);
            log.warn("Keycloak health check failed for {}: {}", discoveryUri, cause);
            return Health.down().withDetail("realm", discoveryUri).withDetail("error", cause).build();
        }
    }
}
