package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.testsupport.LoopbackCookieJar;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Logs in the way a browser does: the start page's login link, Keycloak's own login form, back to
 * the application. Redirects are followed by hand so that every step can be checked.
 */
@WebIntegrationTest
class BrowserLoginIntegrationTests {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final LoopbackCookieJar cookies = new LoopbackCookieJar();

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void residentLogsInThroughKeycloakFormAndSeesTheirNameAndRole() throws Exception {
        HttpResponse<String> start = get(app("/"));
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("href=\"/oauth2/authorization/keycloak\"").contains("lang=\"nl\"");

        String homePage = logIn("resident1");

        assertThat(homePage).contains("Welkom, Anouk Jansen").contains("Inwoner").contains("resident1");
    }

    @Test
    void loginUsesPkceAndChangesTheSessionId() throws Exception {
        HttpResponse<String> authorize = get(app("/oauth2/authorization/keycloak"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        String keycloakLogin = location(authorize);
        assertThat(keycloakLogin).contains("code_challenge=").contains("code_challenge_method=S256");
        String sessionBeforeLogin = sessionId();

        String callback = submitKeycloakLogin(keycloakLogin, "professional");
        HttpResponse<String> back = get(callback);

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).isEqualTo(app("/"));
        assertThat(sessionId()).isNotNull().isNotEqualTo(sessionBeforeLogin);
        assertThat(get(app("/")).body()).contains("Welkom, Jeroen Bakker").contains("Professional");
    }

    @Test
    void wrongPasswordKeepsTheUserAtKeycloak() throws Exception {
        String keycloakLogin = location(get(app("/oauth2/authorization/keycloak")));
        HttpResponse<String> form = get(keycloakLogin);

        HttpResponse<String> answer = post(formAction(form.body()), "username=resident1&password=wrong&credentialId=");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("kc-form-login");
        assertThat(get(app("/")).body()).doesNotContain("Welkom,");
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheKeycloakSessionToo() throws Exception {
        String homePage = logIn("coordinator");

        HttpResponse<String> forged = post(app("/logout"), "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get(app("/")).body()).contains("Welkom, Marieke de Vries");

        Matcher csrf = CSRF_TOKEN.matcher(homePage);
        assertThat(csrf.find()).as("the logout form carries a CSRF token").isTrue();
        HttpResponse<String> logout = post(app("/logout"), "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).contains("/protocol/openid-connect/logout").contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        assertThat(get(app("/")).body()).doesNotContain("Welkom,");
    }

    /** Logs in from the start page's login link and answers the start page afterwards. */
    private String logIn(String userName) throws IOException, InterruptedException {
        String keycloakLogin = location(get(app("/oauth2/authorization/keycloak")));
        String callback = submitKeycloakLogin(keycloakLogin, userName);
        HttpResponse<String> back = get(callback);
        assertThat(back.statusCode()).as("the callback is accepted").isEqualTo(302);
        HttpResponse<String> home = get(app("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        return home.body();
    }

    /** Fills in Keycloak's login form and answers where Keycloak sends the browser back to. */
    private String submitKeycloakLogin(String keycloakLogin, String userName) throws IOException, InterruptedException {
        HttpResponse<String> form = get(keycloakLogin);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> answer = post(formAction(form.body()),
                "username=" + userName + "&password=" + userName + "&credentialId=");
        assertThat(answer.statusCode()).as("Keycloak accepts the login").isEqualTo(302);
        String callback = location(answer);
        assertThat(callback).startsWith(app("/login/oauth2/code/keycloak"));
        return callback;
    }

    private static String formAction(String loginPage) {
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage);
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        return HtmlUtils.htmlUnescape(action.group(1));
    }

    private String sessionId() {
        return cookies.value("localhost:" + port, "SESSION");
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Accept-Language", "nl-NL,nl;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + response.uri() + " (" + response.statusCode() + ")"));
        return response.uri().resolve(location).toString();
    }
}
