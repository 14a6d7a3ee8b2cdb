package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The letter queue in real headless Chromium: residents without an e-mail address (Anna, Bram and Carla)
 * get the vision review as a letter; their contact person sees the queue in the workspace (axe-core
 * clean), prints every letter as one tagged PDF holding each letter's text, and the letters are sent.
 */
@WebIntegrationTest
class LettersBrowserIntegrationTests {

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

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    JdbcClient jdbc;

    @Test
    void contactPersonPrintsTheLettersOfResidentsWithoutAnAddressAsOnePdfAndTheyAreSent() throws Exception {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(), workflow, trajectories, people,
                involvement);
        assertThat(letters(setup, "LETTER")).as("Anna, Bram and Carla have no e-mail address").isEqualTo(3);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/meldingen"));
            browser.logInAtKeycloak("coordinator");
            browser.pressEnterOn(By.cssSelector("a[href$='/werkruimte/brieven']"));

            assertThat(browser.text()).contains("Brieven voor inwoners zonder e-mailadres").contains("Anna Jansen")
                    .contains("Bram de Boer").contains("Carla Visser")
                    .contains("Lees de gezamenlijke visie van Samen gezond in Hoonhorst");
            browser.assertAccessible();
            browser.screenshot("letters-workspace");

            String csrf = browser.driver().findElement(By.cssSelector("form[action$='/werkruimte/brieven/afdrukken'] input[name='_csrf']"))
                    .getAttribute("value");
            // Two prints at the same moment (a double click): each letter is printed once, by one of them.
            int waiting = queued(coordinator);
            List<HttpResponse<byte[]>> prints = twoAtOnce(browser, app("/werkruimte/brieven/afdrukken"), csrf);
            int pages = 0;
            StringBuilder text = new StringBuilder();
            for (HttpResponse<byte[]> printed : prints) {
                assertThat(printed.statusCode()).as("a PDF, or back to the queue when nothing was left").isIn(200, 303);
                if (printed.statusCode() == 200) {
                    assertThat(printed.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
                    try (PDDocument pdf = Loader.loadPDF(printed.body())) {
                        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
                        pages += pdf.getNumberOfPages();
                        text.append(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
                    }
                }
            }
            assertThat(pages).as("a page per letter taken out of the queue, none twice").isEqualTo(waiting - queued(coordinator))
                    .isGreaterThanOrEqualTo(3);
            assertThat(text.toString()).contains("Anna Jansen", "Bram de Boer", "Carla Visser",
                    "Lees de gezamenlijke visie van Samen gezond in Hoonhorst",
                    "Er is een visie waar iedereen aan heeft meegedacht");
            // Earlier tests of the suite leave letters in the coordinator's queue too, and one print takes the
            // oldest PRINT_LIMIT: print on, as the contact person would, until the queue is empty.
            for (int batch = 0; batch < 50 && letters(setup, "LETTER") > 0; batch++) {
                assertThat(post(browser, app("/werkruimte/brieven/afdrukken"), csrf).statusCode()).isIn(200, 303);
            }
            assertThat(letters(setup, "LETTER")).as("printed: out of the queue").isZero();
            assertThat(letters(setup, "SENT")).isEqualTo(3);

            browser.go(app("/werkruimte/brieven"));
            assertThat(browser.text()).doesNotContain("Anna Jansen");
        }
    }

    /** Every letter waiting in the person's queue, of all their trajectories. */
    private int queued(Person contactPerson) {
        return jdbc.sql("""
                select count(*) from notification n join trajectory t on t.id = n.trajectory_id
                 where n.status = 'LETTER' and t.contact_person_id = :me""")
                .param("me", contactPerson.id().value()).query(Integer.class).single();
    }

    /** The form's post twice at the same moment in the browser's session. */
    private static List<HttpResponse<byte[]>> twoAtOnce(Browser browser, String url, String csrf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Callable<HttpResponse<byte[]>> print = () -> {
                ready.countDown();
                ready.await();
                return post(browser, url, csrf);
            };
            List<HttpResponse<byte[]>> answers = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : pool.invokeAll(List.of(print, print))) {
                answers.add(answer.get());
            }
            return answers;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private int letters(Setup setup, String status) {
        return jdbc.sql("""
                select count(*) from notification n join person p on p.id = n.recipient_id
                 where n.trajectory_id = :trajectory and p.kind = 'RESIDENT' and p.email is null
                   and n.kind = 'VISION_REVIEW' and n.status = :status""")
                .param("trajectory", setup.id().value()).param("status", status).query(Integer.class).single();
    }

    /** The form's post in the browser's session (its cookies and CSRF token), as the button sends it. */
    private static HttpResponse<byte[]> post(Browser browser, String url, String csrf) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
