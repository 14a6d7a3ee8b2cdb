package nl.participationsuite.benchmark;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The product's real interfaces over HTTP: bearer tokens from Keycloak's password grant (public client
 * {@code participation-cli}) for the API, and browser sessions that log in through Keycloak's own
 * login form, keep cookies and post forms with the page's CSRF token, for the portal and workspace.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Pattern LOGIN_ACTION_2 = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    final String app;

    final String keycloak;

    final Recorder recorder;

    final SqlCounter sql;

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Shared by every user thread: one password grant per demo user at a time (the realm has brute-force protection). */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /**
     * Logins at Keycloak one at a time: the development realm has brute-force protection, and
     * concurrent logins of one user got it "temporarily disabled" (user_temporarily_disabled).
     */
    private static final Object LOGINS = new Object();

    Http(String app, String keycloak, Recorder recorder, SqlCounter sql) {
        this.app = app;
        this.keycloak = keycloak;
        this.recorder = recorder;
        this.sql = sql;
    }

    record Token(String value, long fetchedAt) {
    }

    record Response(int status, String body, URI uri, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            }
            catch (IOException ex) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, ex);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A fresh access token when the cached one is older than a minute (the realm's tokens live five). */
    String token(String user) {
        Token token = TOKENS.get(user);
        if (token != null && System.currentTimeMillis() - token.fetchedAt() < 60_000) {
            return token.value();
        }
        synchronized (LOGINS) {
            token = TOKENS.get(user);
            if (token != null && System.currentTimeMillis() - token.fetchedAt() < 60_000) {
                return token.value();
            }
            String form = "grant_type=password&client_id=participation-cli&username=" + user + "&password=" + user;
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/participation/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            Response response = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                response = send(api, request, null);
                if (response.ok()) {
                    String value = response.json().get("access_token").asText();
                    TOKENS.put(user, new Token(value, System.currentTimeMillis()));
                    return value;
                }
                try {
                    Thread.sleep(2000);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new IllegalStateException("no token for " + user + ": " + response.status() + " " + response.body());
        }
    }

    Response get(String user, String path, String label) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + path)).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json").GET().timeout(Duration.ofSeconds(120)).build();
        return send(api, request, label);
    }

    Response post(String user, String path, Object body, String label) {
        String json;
        try {
            json = body == null ? "" : JSON.writeValueAsString(body);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app + path))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120));
        builder = body == null ? builder.POST(HttpRequest.BodyPublishers.noBody())
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return send(api, builder.build(), label);
    }

    Response send(HttpClient client, HttpRequest request, String label) {
        long before = label != null && sql != null ? sql.read() : 0;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (label != null) {
                recorder.record(label, ms, response.statusCode());
                if (sql != null && sql.exclusive()) {
                    recorder.statements(label, sql.read() - before);
                }
            }
            return new Response(response.statusCode(), response.body(), response.uri(),
                    response.headers().firstValue("Location").orElse(null));
        }
        catch (IOException ex) {
            if (label != null) {
                recorder.record(label, (System.nanoTime() - start) / 1e6, -1);
            }
            return new Response(-1, String.valueOf(ex), request.uri(), null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    Browser browser(String user) {
        return new Browser(user);
    }

    /** A browser session of one user: logged in through Keycloak's form, with its cookies. */
    final class Browser {

        final String user;

        private final HttpClient client;

        private final HttpClient noRedirects;

        private boolean loggedIn;

        Browser(String user) {
            this.user = user;
            Cookies cookies = new Cookies();
            this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
            this.noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        }

        /**
         * Opens a page of the application. The first page of a session passes Keycloak's login form
         * (timed as "browser login"); the page itself is then timed on its own.
         */
        Response page(String path, String label) {
            for (int attempt = 0; !loggedIn; attempt++) {
                Response first = send(client, HttpRequest.newBuilder(URI.create(app + path)).GET()
                        .timeout(Duration.ofSeconds(120)).build(), null);
                try {
                    if (first.uri().toString().contains("/realms/")) {
                        logIn(first);
                    }
                    loggedIn = true;
                }
                catch (IllegalStateException refused) {
                    if (attempt >= 30) {
                        throw refused;
                    }
                    pause(2000);
                }
            }
            Response response = send(client, HttpRequest.newBuilder(URI.create(app + path)).GET()
                    .timeout(Duration.ofSeconds(120)).build(), label);
            if (response.uri().toString().contains("/realms/")) {
                logIn(response);
                response = send(client, HttpRequest.newBuilder(URI.create(app + path)).GET()
                        .timeout(Duration.ofSeconds(120)).build(), label);
            }
            return response;
        }

        private void logIn(Response loginPage) {
            Matcher action = LOGIN_ACTION.matcher(loginPage.body());
            if (!action.find()) {
                action = LOGIN_ACTION_2.matcher(loginPage.body());
                if (!action.find()) {
                    throw new IllegalStateException("no Keycloak login form for " + user + " at " + loginPage.uri());
                }
            }
            String url = action.group(1).replace("&amp;", "&");
            Response after;
            synchronized (LOGINS) {
                after = send(client, HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user,
                            "credentialId", ""))))
                    .build(), "browser login (Keycloak form + redirects)");
            }
            if (after.uri().toString().contains("/realms/")) {
                throw new IllegalStateException("login as " + user + " failed: " + after.status());
            }
        }

        /**
         * Posts a form of the page at {@code path} with its CSRF token, as the browser does, and
         * answers the response itself (a redirect when the form was accepted; the redirect is not
         * followed, so that the time and statements are the post's own).
         */
        Response submit(Response page, String path, Map<String, String> fields, String label) {
            Matcher csrf = CSRF.matcher(page.body());
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf.find()) {
                all.put("_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
            }
            return send(noRedirects, HttpRequest.newBuilder(URI.create(app + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(all))).timeout(Duration.ofSeconds(120)).build(), label);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /**
     * Cookies per host and port, Secure ones sent over plain HTTP to loopback (as browsers do; Keycloak
     * marks its login cookies Secure), paths ignored: one application and one realm per host.
     */
    static final class Cookies extends CookieHandler {

        private static final Pattern NAME_VALUE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");

        private static final Pattern MAX_AGE_ZERO = Pattern.compile("(?i);\\s*max-age=0\\b");

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            return Map.of("Cookie", List.of(String.join("; ", pairs)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((header, values) -> {
                if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                    Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                            host -> new ConcurrentHashMap<>());
                    for (String value : values) {
                        Matcher nameValue = NAME_VALUE.matcher(value);
                        if (nameValue.find()) {
                            if (MAX_AGE_ZERO.matcher(value).find() || nameValue.group(2).isEmpty()) {
                                cookies.remove(nameValue.group(1));
                            }
                            else {
                                cookies.put(nameValue.group(1), nameValue.group(2));
                            }
                        }
                    }
                }
            });
        }
    }
}
