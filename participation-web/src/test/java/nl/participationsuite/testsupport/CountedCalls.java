package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Requests to the test server whose SQL statements are counted ({@link SqlStatements}; the test
 * imports {@link StatementCounting}): API calls with a bearer token, and pages in a browser session
 * logged in through Keycloak's own login form.
 */
public final class CountedCalls {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final HttpClient API = HttpClient.newHttpClient();

    private final int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookieJar())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public CountedCalls(int port) {
        this.port = port;
    }

    private static final Pattern SESSION_ATTRIBUTE_WRITE = Pattern.compile(
            "^\\s*(update|insert\\s+into|delete\\s+from)\\s+spring_session_attributes\\b", Pattern.CASE_INSENSITIVE);

    /** An answer and the statements the application sent to give it. */
    public record Counted(HttpResponse<String> response, List<String> statements) {

        /**
         * The statements, without the session store's writes of a session attribute: those follow the
         * time since the session's tokens were last refreshed (at most every
         * {@code participation.keycloak.session-check}), not the data a request reads.
         */
        public int count() {
            return (int) statements.stream().filter(statement -> !SESSION_ATTRIBUTE_WRITE.matcher(statement).find()).count();
        }

        /** The statements, one a line, for a failure message. */
        public String listing() {
            return String.join("\n", statements);
        }
    }

    /** An API call with the bearer token; {@code json} is the body or null. */
    public Counted api(String method, String path, String json, String token) {
        String id = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .header(SqlStatements.HEADER, id)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(API, request.build());
        return new Counted(response, SqlStatements.of(id));
    }

    /** A page of the browser session (logged in first with {@link #logIn}). */
    public Counted page(String path) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "nl-NL,nl;q=0.9")
                .header(SqlStatements.HEADER, id).build());
        return new Counted(response, SqlStatements.of(id));
    }

    /** Logs the browser session in through Keycloak's login form, starting from the application's login link. */
    public void logIn(String userName) {
        String keycloakLogin = location(send(browser, HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/keycloak")).build()));
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(URI.create(keycloakLogin)).build());
        Matcher action = LOGIN_FORM_ACTION.matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(URI.create(HtmlUtils.htmlUnescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + userName + "&password=" + userName + "&credentialId="))
                .build());
        assertThat(answer.statusCode()).as("Keycloak accepts the login").isEqualTo(302);
        HttpResponse<String> back = send(browser, HttpRequest.newBuilder(URI.create(location(answer))).build());
        assertThat(back.statusCode()).as("the callback is accepted").isEqualTo(302);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
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

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + response.uri() + " (" + response.statusCode() + ")"));
        return response.uri().resolve(location).toString();
    }
}
