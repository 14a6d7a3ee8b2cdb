package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate limits on the real application with small numbers (the other tests run with limits far
 * above what they do): the request after the limit gets 429 with {@code Retry-After}, as problem
 * details on the API and as a Dutch page for a form post; other users are not affected.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
        "participation.rate-limits.enabled=true",
        "participation.rate-limits.period=PT1H",
        "participation.rate-limits.api-per-user=3",
        "participation.rate-limits.forms-per-user=2",
        "participation.rate-limits.per-address=1000" })
class RateLimitSecurityIntegrationTests {

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
    void theApiAnswers429WithRetryAfterAfterTheLimitAndOnlyForThatUser() throws Exception {
        String anouk = LinkedAccounts.token("resident1", people, organisations, jwt);
        String daan = LinkedAccounts.token("resident2", people, organisations, jwt);

        for (int i = 0; i < 3; i++) {
            assertThat(me(anouk).statusCode()).as("request %d under the limit", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = me(anouk);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
        assertThat(refused.body()).contains("\"status\":429").contains("Te veel verzoeken");
        assertThat(me(daan).statusCode()).as("another user is not affected").isEqualTo(200);
    }

    @Test
    void aFormPostAfterTheLimitGetsADutchPageWithRetryAfter() {
        LinkedAccounts.token("professional", people, organisations, jwt);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn("professional");
        String csrf = "_csrf=" + URLEncoder.encode(HttpBrowser.csrfToken(browser.get("/").body()), StandardCharsets.UTF_8);

        // a post to no form: answered 404, but counted like any form post
        for (int i = 0; i < 2; i++) {
            assertThat(browser.post("/werkruimte/geen-formulier", csrf).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> refused = browser.post("/werkruimte/geen-formulier", csrf);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("lang=\"nl\"").contains("te veel formulieren verstuurd")
                .contains("niet opgeslagen");
        assertThat(browser.get("/werkruimte").statusCode()).as("reading pages is not limited").isEqualTo(200);
    }

    private HttpResponse<String> me(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    }
}
