package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A browser without a screen for one application on {@code localhost}: cookies as a browser keeps
 * them ({@link LoopbackCookieJar}), redirects not followed (so that every step can be checked), and
 * a login through Keycloak's own login form.
 */
public final class HttpBrowser {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookieJar())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    /** Logs in as a demo user (password = user name) from the application's login link. */
    public void logIn(String userName) {
        HttpResponse<String> back = signInAtKeycloak(userName);
        assertThat(back.statusCode()).as("the callback is accepted").isEqualTo(302);
    }

    /**
     * Signs in at Keycloak's login form from the application's login link; answers the application's
     * answer to Keycloak's redirect back (the callback).
     */
    public HttpResponse<String> signInAtKeycloak(String userName) {
        String keycloakLogin = location(get("/oauth2/authorization/keycloak"));
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(keycloakLogin)).header("Accept", "text/html").build());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = LOGIN_FORM_ACTION.matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(HtmlUtils.htmlUnescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + userName + "&password=" + userName + "&credentialId="))
                .build());
        assertThat(answer.statusCode()).as("Keycloak accepts the login").isEqualTo(302);
        return send(HttpRequest.newBuilder(URI.create(location(answer))).header("Accept", "text/html")
                .header("Accept-Language", "nl-NL,nl;q=0.9").build());
    }

    /** The application's address of a path. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Gets a page of the application, in Dutch. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
                .header("Accept-Language", "nl-NL,nl;q=0.9").build());
    }

    /** Gets a JSON answer of the application (the actuator's), with this browser's session. */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").build());
    }

    /** Posts a form to the application, in Dutch. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
                .header("Accept-Language", "nl-NL,nl;q=0.9")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The CSRF token of the first form on a page. */
    public static String csrfToken(String page) {
        Matcher csrf = CSRF_TOKEN.matcher(page);
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** Where a redirect goes, as an absolute address. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + response.uri() + " (" + response.statusCode() + ")"));
        return response.uri().resolve(location).toString();
    }

    /** Sends any request with this browser's cookies. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
