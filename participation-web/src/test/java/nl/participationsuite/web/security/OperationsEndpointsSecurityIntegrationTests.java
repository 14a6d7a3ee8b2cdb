package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the application shows about itself under the {@code prod} profile: no OpenAPI document and
 * no Swagger UI (unless {@code PARTICIPATION_API_DOCS=true}), no list of actuator endpoints, and
 * health as UP or DOWN only, with the parts that make it up for administrators alone; without a
 * management port of its own, the metrics for administrators alone too (metrics export on, as in
 * production).
 */
@WebIntegrationTest
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("prod")
class OperationsEndpointsSecurityIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Test
    void theApiDocumentationIsOffUnderTheProdProfile() throws Exception {
        assertThat(anonymous("/v3/api-docs").statusCode()).isEqualTo(404);
        assertThat(anonymous("/swagger-ui.html").statusCode()).isEqualTo(404);
        assertThat(anonymous("/swagger-ui/index.html").statusCode()).isEqualTo(404);
    }

    @Test
    void anyoneReadsHealthAsUpOrDownOnly() throws Exception {
        HttpResponse<String> health = anonymous("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("components")
                .doesNotContain("details").doesNotContain("db");
    }

    @Test
    void aLoggedInResidentSeesNoListOfEndpointsAndNoHealthDetails() {
        LinkedAccounts.token("resident3", people, organisations, jwt);
        HttpBrowser resident = new HttpBrowser(port);
        resident.logIn("resident3");

        assertThat(resident.getJson("/actuator").statusCode()).isEqualTo(404);
        assertThat(resident.getJson("/actuator").body()).doesNotContain("_links").doesNotContain("/actuator/health");
        HttpResponse<String> health = resident.getJson("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("components");
        assertThat(resident.getJson("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(metrics(resident).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutAManagementPortOnlyAnAdministratorReadsTheMetrics() throws Exception {
        assertThat(anonymous("/actuator/prometheus").statusCode()).isNotEqualTo(200);
        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin");

        HttpResponse<String> metrics = metrics(admin);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("participation_trajectories{").contains("participation_engine_jobs_failed");
    }

    @Test
    void anAdministratorSeesWhichPartsMakeUpHealth() {
        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin");

        HttpResponse<String> health = admin.getJson("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"components\"").contains("\"db\"").contains("\"keycloak\"");
    }

    private static HttpResponse<String> metrics(HttpBrowser browser) {
        return browser.send(HttpRequest.newBuilder(URI.create(browser.url("/actuator/prometheus")))
                .header("Accept", "text/plain").build());
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
