package nl.participationsuite.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.LoopbackCookieJar;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.util.HtmlUtils;

/**
 * The workspace in a browser: the coordinator logs in through Keycloak's own form and finds the
 * recruitment task of the trajectory they just started, open to them as its coordinator.
 */
@WebIntegrationTest
class WorkspaceIntegrationTests {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    TrajectoryWorkflow workflow;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookieJar())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void coordinatorFindsTheRecruitmentTaskOfTheirNewTrajectoryInTheInbox() throws Exception {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        Trajectory trajectory = workflow.start(new StartTrajectory("Bewegen in de buurt", "Meer bewegen voor ouderen",
                "Lemelerveld", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.CONSULTATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));

        logIn("coordinator");
        HttpResponse<String> inbox = get(app("/werkruimte?traject=" + trajectory.id()));

        assertThat(inbox.statusCode()).isEqualTo(200);
        String page = inbox.body();
        assertThat(page).contains("lang=\"nl\"").contains("Mijn werkruimte")
                .contains("U hebt in dit traject geen taken op uw naam.");
        Matcher openTable = Pattern.compile("(?s)<table class=\"tasks\" id=\"open-tasks\">.*?</table>").matcher(page);
        assertThat(openTable.find()).as("the table of tasks open to the coordinator").isTrue();
        assertThat(openTable.group())
                .contains(">Inwoners werven en bestaande netwerken in kaart brengen</a></th>")
                .contains(trajectory.reference()).contains("Bewegen in de buurt")
                .contains("/oppakken\"").contains("name=\"_csrf\"");
        // The filter names the trajectory: chosen in the list, or, for a coordinator of more trajectories than
        // the list holds (other test classes start many), in the reference field.
        assertThat(page).containsAnyOf("selected=\"selected\">" + trajectory.reference() + " – Bewegen in de buurt</option>",
                "value=\"" + trajectory.reference() + "\"");
    }

    /** Logs in through Keycloak's login form, starting from the application's login link. */
    private void logIn(String userName) throws IOException, InterruptedException {
        String keycloakLogin = location(get(app("/oauth2/authorization/keycloak")));
        HttpResponse<String> form = get(keycloakLogin);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = LOGIN_FORM_ACTION.matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> answer = post(HtmlUtils.htmlUnescape(action.group(1)),
                "username=" + userName + "&password=" + userName + "&credentialId=");
        assertThat(answer.statusCode()).as("Keycloak accepts the login").isEqualTo(302);
        HttpResponse<String> back = get(location(answer));
        assertThat(back.statusCode()).as("the callback is accepted").isEqualTo(302);
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
