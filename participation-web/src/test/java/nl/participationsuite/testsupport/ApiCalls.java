package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls to the product's REST API on the test server, as an integrating system makes them. */
public final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiCalls() {
    }

    /** One call; {@code json} is the body (or null), {@code token} the bearer token (or null). */
    public static HttpResponse<String> call(int port, String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Starts a trajectory through the API as the coordinator of the token; answers its id. */
    public static String startTrajectory(int port, String coordinatorToken, String title, String area) {
        HttpResponse<String> started = call(port, "POST", "/api/v1/trajectories", """
                {"title": "%s", "topic": "Inwonerparticipatie", "area": "%s",
                 "kind": "ORGANISATION_PROJECT", "intendedLevel": "PARTICIPATION"}""".formatted(title, area), coordinatorToken);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        try {
            return JSON.readTree(started.body()).at("/trajectory/id").asText();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
