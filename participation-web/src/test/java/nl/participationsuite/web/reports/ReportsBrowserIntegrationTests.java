package nl.participationsuite.web.reports;

import static nl.participationsuite.web.reports.ReportDownloads.assertNoPersonalData;
import static nl.participationsuite.web.reports.ReportDownloads.download;
import static nl.participationsuite.web.reports.ReportDownloads.get;
import static nl.participationsuite.web.reports.ReportDownloads.keep;
import static nl.participationsuite.web.reports.ReportDownloads.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.KeycloakTokens;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The manager's reports in real headless Chromium, logged in through Keycloak's form as the demo
 * manager: portfolio, filter, drill-down to a trajectory, lead times and learning evaluation, each
 * accessible (axe-core, WCAG 2.1 AA) and photographed at 1280 and 375 px; CSV and PDF downloaded in
 * the same session and read (BOM and separator, the PDF's text with PDFBox) without a resident's name or
 * e-mail address in them; {@code manager2}, reporting on another organisation only, finds the trajectory
 * nowhere (404 on page, CSV and PDF, not in the portfolio).
 */
@WebIntegrationTest
class ReportsBrowserIntegrationTests {

    /** The demo residents of the development realm (DemoAccount): none may appear in any report. */
    private static final List<String> DEMO_RESIDENTS = List.of("Anouk Jansen", "Daan Mulder", "Fenna de Boer",
            "Kees Meijer", "Yasmina el Khatib", "Henk Postma", "resident1@example.org", "resident2@example.org",
            "resident3@example.org", "resident4@example.org", "resident5@example.org");

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

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void managerReadsPortfolioFiltersDrillsDownAndDownloadsWithoutPersonalData() throws Exception {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person colleague = LinkedAccounts.person("professional", people, organisations, jwt);
        List<Person> residents = List.of(LinkedAccounts.person("resident1", people, organisations, jwt),
                LinkedAccounts.person("resident2", people, organisations, jwt),
                LinkedAccounts.person("resident3", people, organisations, jwt));
        Filled filled = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Rapportage in Lemelerveld",
                residents);
        link("manager", "Wethouder Van Dijk", Set.of(coordinator.organisationId()));
        List<String> personal = personalData(filled);

        try (Browser browser = Browser.open()) {
            browser.go(app("/"));
            browser.clickAndWait(By.linkText("Inloggen"));
            browser.logInAtKeycloak("manager");
            assertThat(browser.text()).contains("Naar de rapportages").doesNotContain("binnenkort beschikbaar");

            browser.clickAndWait(By.linkText("Naar de rapportages"));
            assertThat(browser.text()).contains("Rapportages: portefeuille").contains("Trajecten per fase")
                    .contains(filled.trajectory().reference());
            page(browser, "reports-portfolio");
            chartScreenshot(browser, "funnel", "reports-portfolio-funnel");

            new Select(browser.driver().findElement(By.id("filter-kind"))).selectByValue("ORGANISATION_PROJECT");
            new Select(browser.driver().findElement(By.id("filter-status"))).selectByValue("open");
            browser.pressEnterOn(By.cssSelector(".report-filter button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).contains("kind=ORGANISATION_PROJECT").contains("status=open");
            assertThat(browser.text()).contains(filled.trajectory().reference());
            page(browser, "reports-portfolio-filtered");

            String csv = new String(download(browser, By.cssSelector("#fases .download a")),
                    StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFFase;Trajecten\r\n");
            assertNoPersonalData(csv, personal, "portfolio CSV");
            String portfolioPdf = pdfText(keep("reports-portfolio.pdf", download(browser, By.linkText("Download de rapportage als PDF"))));
            assertThat(portfolioPdf).contains("Raadsinformatiebrief").contains("Scorekaart van het handboek");
            assertNoPersonalData(portfolioPdf, personal, "portfolio PDF");

            browser.pressEnterOn(By.linkText(filled.trajectory().reference()));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/rapportages/trajecten/" + filled.trajectory().id());
            assertThat(browser.text()).contains("Rapportage in Lemelerveld").contains("Oordeel per voorwaarde")
                    .contains("Besluitrondes en opkomst van inwoners met een zetel");
            page(browser, "reports-trajectory");
            chartScreenshot(browser, "phase-days", "reports-trajectory-phase-days");
            assertNoPersonalData(browser.text(), personal, "trajectory page");

            String scorecardCsv = new String(download(browser, By.cssSelector("#kengetallen .download a")), StandardCharsets.UTF_8);
            assertThat(scorecardCsv).startsWith("\uFEFFVoorwaarde;Kengetal;Waarde;Norm\r\n");
            assertNoPersonalData(scorecardCsv, personal, "measures CSV");
            for (String table : List.of("besluitrondes", "afwijkingen", "voorwaardencheck", "uitstappers", "onbeantwoorde-inbreng")) {
                assertNoPersonalData(new String(get(browser, app("/rapportages/trajecten/" + filled.trajectory().id() + "/csv/"
                        + table)).body(), StandardCharsets.UTF_8), personal, table + " CSV");
            }
            String trajectoryPdf = pdfText(keep("reports-trajectory.pdf", download(browser, By.linkText("Download de rapportage als PDF"))));
            assertThat(trajectoryPdf).contains("Rapportage in Lemelerveld").contains("Oordeel per voorwaarde");
            assertNoPersonalData(trajectoryPdf, personal, "trajectory PDF");

            browser.go(app("/rapportages/doorlooptijden"));
            assertThat(browser.text()).contains("Rapportages: doorlooptijden").contains("Mediaan (dagen)");
            page(browser, "reports-lead-times");
            chartScreenshot(browser, "lead-times", "reports-lead-times-chart");

            browser.go(app("/rapportages/lerende-evaluatie"));
            assertThat(browser.text()).contains("Rapportages: lerende evaluatie");
            page(browser, "reports-learning");
        }

        OrganisationId ggd = LinkedAccounts.person("professional2", people, organisations, jwt).organisationId();
        assertThat(ggd).isNotEqualTo(coordinator.organisationId());
        link("manager2", "Programmaleider Smit", Set.of(ggd));
        try (Browser browser = Browser.open()) {
            browser.go(app("/rapportages/trajecten/" + filled.trajectory().id()));
            browser.logInAtKeycloak("manager2");
            assertThat(browser.text()).as("a manager of another organisation").contains("Deze pagina bestaat niet")
                    .doesNotContain("Rapportage in Lemelerveld");
            browser.assertAccessible();
            assertThat(get(browser, app("/rapportages/trajecten/" + filled.trajectory().id() + "/rapportage.pdf")).statusCode())
                    .isEqualTo(404);
            assertThat(get(browser, app("/rapportages/trajecten/" + filled.trajectory().id() + "/csv/scorecard")).statusCode())
                    .isEqualTo(404);
            browser.go(app("/rapportages"));
            assertThat(browser.text()).contains("Rapportages: portefeuille")
                    .doesNotContain(filled.trajectory().reference()).doesNotContain("Gemeente Dalfsen");
        }
    }

    /** A demo manager's account linked to a person who reports on these organisations (and no other). */
    private void link(String user, String name, Set<OrganisationId> managed) {
        String subject = jwt.decode(KeycloakTokens.accessToken(user)).getSubject();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Person manager = people.findByKeycloakSubject(subject)
                    .orElseGet(() -> Person.professional(name, null, subject, managed.iterator().next()));
            manager.manage(managed);
            people.save(manager);
        });
    }

    /** Everything personal the trajectory holds: its residents' names, and the demo residents' names and e-mail addresses. */
    private static List<String> personalData(Filled filled) {
        List<String> personal = new java.util.ArrayList<>(DEMO_RESIDENTS);
        filled.residents().forEach(resident -> personal.add(resident.name()));
        return personal;
    }

    private void page(Browser browser, String name) {
        browser.assertAccessible();
        browser.screenshot(name);
        browser.phoneScreenshot(name);
    }

    /** The chart scrolled into view, photographed: the SVG is drawn under the product's Content-Security-Policy. */
    private static void chartScreenshot(Browser browser, String chartId, String name) {
        org.openqa.selenium.WebElement chart = browser.driver().findElement(By.id(chartId));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", chart);
        browser.screenshot(name);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
