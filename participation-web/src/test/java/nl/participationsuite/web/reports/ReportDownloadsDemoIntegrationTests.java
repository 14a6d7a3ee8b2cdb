package nl.participationsuite.web.reports;

import static nl.participationsuite.web.reports.ReportDownloads.assertNoPersonalData;
import static nl.participationsuite.web.reports.ReportDownloads.download;
import static nl.participationsuite.web.reports.ReportDownloads.links;
import static nl.participationsuite.web.reports.ReportDownloads.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.KeycloakTestServerInitializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every report page and download over the demo data (its trajectories played through the real process),
 * read in real Chromium as the demo {@code manager2}, who reports on both demo organisations: each page
 * accessible (axe-core), and no page, CSV or PDF holds the name or e-mail address of any resident the
 * product knows. Shares the report API test's context (ReportApiIntegrationTests) and its database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "participation.demo-data.enabled=true")
@ContextConfiguration(initializers = { ReportsTestDatabase.class, KeycloakTestServerInitializer.class })
class ReportDownloadsDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Test
    void noReportPageOrDownloadNamesAResidentOfTheDemo() throws Exception {
        List<String> personal = new ArrayList<>();
        for (Person person : people.findAll()) {
            if (person.isResident()) {
                personal.add(person.displayName());
                if (person.email() != null) {
                    personal.add(person.email());
                }
            }
        }
        assertThat(personal).as("the demo's residents").contains("Anouk Jansen", "resident1@example.org");

        try (Browser browser = Browser.open()) {
            browser.go(app("/rapportages"));
            browser.logInAtKeycloak("manager2");
            assertThat(browser.text()).contains("Gemeente Dalfsen").contains("GGD IJsselland");
            List<String> pages = new ArrayList<>(List.of(app("/rapportages"), app("/rapportages/doorlooptijden"),
                    app("/rapportages/lerende-evaluatie")));
            pages.addAll(links(browser, By.cssSelector("#trajecten tbody th a")));
            assertThat(pages).as("the demo's trajectories").hasSizeGreaterThan(3);

            int csvs = 0;
            int pdfs = 0;
            for (String page : pages) {
                browser.go(page);
                browser.assertAccessible();
                assertNoPersonalData(browser.text(), personal, page);
                for (String csv : links(browser, By.cssSelector(".download a[href*='/csv/']"))) {
                    String text = new String(download(browser, csv), StandardCharsets.UTF_8);
                    assertThat(text).as(csv).startsWith("\uFEFF").contains(";");
                    assertNoPersonalData(text, personal, csv);
                    csvs++;
                }
                for (String pdf : links(browser, By.cssSelector(".download a[href$='.pdf']"))) {
                    assertNoPersonalData(pdfText(download(browser, pdf)), personal, pdf);
                    pdfs++;
                }
            }
            assertThat(csvs).as("CSV downloads read").isGreaterThan(20);
            assertThat(pdfs).as("PDF downloads read").isGreaterThanOrEqualTo(pages.size() - 2);
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
