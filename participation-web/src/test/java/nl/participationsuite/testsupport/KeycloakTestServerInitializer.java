package nl.participationsuite.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the {@link KeycloakTestServer}, as the development realm's web client. */
public class KeycloakTestServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The development realm's secret of the {@code participation-web} client. */
    public static final String DEV_CLIENT_SECRET = "participation-web-dev-secret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keycloakTestServer", Map.of(
                "participation.keycloak.issuer-uri", KeycloakTestServer.issuerUri(),
                "participation.keycloak.client-secret", DEV_CLIENT_SECRET)));
    }
}
