package nl.participationsuite.web.workspace.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.LoopbackCookieJar;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.util.HtmlUtils;

/**
 * The trajectory page on the real PostgreSQL and Keycloak: a trajectory played through the
 * workflow up to working together shows every section to its coordinator, and stays invisible
 * (404) to a professional of another organisation who takes no part in it.
 */
@WebIntegrationTest
class TrajectoryPagesIntegrationTests {

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
    AutowireCapableBeanFactory beans;

    @Test
    void coordinatorSeesEverySectionFilledAndAProfessionalOfAnotherOrganisationGetsNotFound() throws Exception {
        Person coordinator = linked("coordinator");
        Person colleague = linked("professional");
        linked("professional2");
        Filled filled = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Gezonde wijk Lemelerveld");
        String path = "/werkruimte/trajecten/" + filled.trajectory().id();

        HttpClient browser = browser();
        logIn(browser, "coordinator");
        HttpResponse<String> list = get(browser, "/werkruimte/trajecten");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(filled.trajectory().reference())
                .contains("href=\"" + path + "\">Gezonde wijk Lemelerveld</a>");

        HttpResponse<String> response = get(browser, path);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.body().replaceAll("\\s+", " "));
        assertThat(page).contains("<li class=\"step step-current\" aria-current=\"step\"> <span>Samenwerken</span>")
                .contains("Ronde 1 van het traject.");
        assertThat(section(page, "participants")).contains("Marieke de Vries").contains("Jeroen Bakker")
                .contains("Fatima El Amrani").contains("Meebeslisser").contains("Ondersteunende professional")
                .contains("(" + FilledTrajectory.NETWORK + ")").contains("Langs de deur")
                .contains("Geworven inwoners: 3 van minimaal 3.").contains("Manieren van werven: 2 van minimaal 2.")
                .contains("Er doen genoeg inwoners mee");
        assertThat(section(page, "vision")).contains("Vastgestelde visie (versie 2)").contains(FilledTrajectory.GOAL)
                .contains("Inbreng krijgt binnen twee weken antwoord").contains("vervangen door een nieuwe versie")
                .contains("Fatima El Amrani: vraagt om een aanpassing").contains(FilledTrajectory.CHANGE_REQUEST)
                .contains("Kees Jansen: eens");
        assertThat(section(page, "agreements")).contains("<span>aangenomen</span>").doesNotContain("voorgesteld");
        assertThat(section(page, "steering")).contains("laag inkomen").contains("jongere")
                .contains("Ja, de stuurgroep voldoet aan alle drie de regels.")
                .contains("Klopt: minstens 2 zetels voor inwoners (nu 2).");
        assertThat(section(page, "rounds")).contains(FilledTrajectory.ROUND).contains("Nog open")
                .contains("Tot nu toe: voor 1, tegen 0, onthouden 0");
        assertThat(section(page, "inputs")).contains(FilledTrajectory.INPUT_TOPIC).contains("Ineke Mulder")
                .contains("Ontvangen").doesNotContain("te laat");
        assertThat(section(page, "successes")).contains(FilledTrajectory.SUCCESS).contains("Snel succes")
                .contains("Nog niet").contains(FilledTrajectory.UPDATE);
        assertThat(section(page, "meetings")).contains(FilledTrajectory.VENUE + " (buurthuis)")
                .contains("Neutraal: Anne Smit");
        assertThat(section(page, "support")).contains("Reiskosten").contains("Kees Jansen").contains("12,50")
                .contains("Aangevraagd").contains("/ondersteuning/").contains("/goedkeuren\"")
                .contains("name=\"reason\"").contains("name=\"_csrf\"");
        // one resident and one professional answered: their own scores stay hidden (SmallGroupPrivacy)
        assertThat(section(page, "conditions")).contains("Beoordeling 1")
                .contains("Te weinig antwoorden om te tonen (1 antwoorden)")
                .doesNotContain("2,0 (1 antwoorden)").doesNotContain("4,0 (1 antwoorden)")
                .doesNotContain("-2,0").doesNotContain("inwoners zijn minder tevreden");
        assertThat(section(page, "actions")).contains(path + "/netwerken/nieuw").contains(path + "/afsluiten")
                .contains("/werkruimte?traject=" + filled.trajectory().id());

        HttpClient colleagueBrowser = browser();
        logIn(colleagueBrowser, "professional");
        String colleaguePage = get(colleagueBrowser, path).body();
        assertThat(colleaguePage).contains(FilledTrajectory.ROUND).doesNotContain("/goedkeuren\"")
                .doesNotContain("/afsluiten\"").contains(path + "/inbreng/nieuw");

        HttpClient outsider = browser();
        logIn(outsider, "professional2");
        HttpResponse<String> notFound = get(outsider, path);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Deze pagina bestaat niet, of is niet voor u bedoeld.")
                .doesNotContain(filled.trajectory().reference()).doesNotContain("Gezonde wijk Lemelerveld");
        assertThat(get(outsider, "/werkruimte/trajecten").body()).doesNotContain(filled.trajectory().reference());
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private static String section(String page, String id) {
        Matcher section = Pattern.compile("(?s)<section id=\"" + id + "\".*?</section>").matcher(page);
        assertThat(section.find()).as("the section " + id).isTrue();
        return section.group();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LoopbackCookieJar())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through Keycloak's login form, starting from the application's login link. */
    private void logIn(HttpClient browser, String userName) throws IOException, InterruptedException {
        String keycloakLogin = location(get(browser, "/oauth2/authorization/keycloak"));
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

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "nl-NL,nl;q=0.9").build());
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + response.uri() + " (" + response.statusCode() + ")"));
        return response.uri().resolve(location).toString();
    }
}
