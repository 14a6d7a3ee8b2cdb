package nl.participationsuite.web.portal.data;

import static nl.participationsuite.testsupport.RandomTexts.digits;
import static nl.participationsuite.testsupport.RandomTexts.letters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.accounts.PortalAccounts;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A new resident, invited with a temporary password, in real headless Chromium and Keycloak: signs
 * in for the first time (choosing a password), opens "Mijn gegevens", downloads everything, and has
 * their data erased with the keyboard after the confirmation; they are signed out, cannot sign in
 * again, and the product knows them only by a pseudonym. axe-core checks every page on the way.
 */
@WebIntegrationTest
class MyDataBrowserIntegrationTests {

    private static final By SUBMIT = By.cssSelector("main form.form button[type=submit]");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    PortalAccounts accounts;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentDownloadsTheirDataAndHasItErased() {
        String suffix = letters(6);
        String username = "lotte." + suffix;
        String name = "Lotte de Wit-" + suffix;
        String email = username + "@example.org";
        String temporary = "Welkom-" + letters(8);
        String subject = accounts.createResident(new PortalAccounts.NewResidentAccount(username, email, "Lotte",
                "de Wit-" + suffix, temporary));
        Person lotte = people.save(Person.resident(name, email, "0529-" + digits(6), subject));
        Filled filled = beans.createBean(FilledTrajectory.class).build(linked("coordinator"), linked("professional"),
                "Gezond ouder worden in Dalfsen", List.of(lotte));
        TrajectoryId id = filled.trajectory().id();

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal"));
            browser.logInWithActivationCode(username, temporary, "Eigen-" + letters(10) + "-7");
            assertThat(browser.text()).contains("Mijn portaal").contains("Gezond ouder worden in Dalfsen");

            browser.pressEnterOn(By.linkText("Naar mijn gegevens"));
            assertThat(browser.text()).contains("Mijn gegevens").contains(name).contains(email)
                    .contains("Alles downloaden").contains("Gegevens laten wissen");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-my-data");
            String export = download(browser);
            assertThat(export).contains("\"displayName\" : \"" + name + "\"").contains("\"engineHistory\"")
                    .contains("\"seatHolderId\"").contains(id.toString());

            browser.pressEnterOn(By.linkText("Mijn gegevens wissen"));
            assertThat(browser.text()).contains("Wat er gebeurt").contains("Gezond ouder worden in Dalfsen.")
                    .contains("Heeft u een plek in de stuurgroep? Dan komt die vrij.");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-erase");

            browser.pressEnterOn(SUBMIT);
            assertThat(browser.text()).contains("Controleer").contains("Vink aan dat u uw gegevens wilt laten wissen.");
            assertThat(people.findById(lotte.id()).orElseThrow().isErased()).isFalse();
            browser.assertAccessible();
            browser.screenshot("portal-erase-errors");

            WebElement confirmed = browser.driver().findElement(By.id("confirmed"));
            confirmed.sendKeys(Keys.SPACE);
            assertThat(confirmed.isSelected()).isTrue();
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(app("/gegevens-gewist"));
            assertThat(browser.text()).contains("Uw gegevens zijn gewist").contains("U bent uitgelogd.");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-erased");

            browser.go(app("/portaal"));
            assertThat(browser.driver().findElements(By.id("kc-form-login"))).as("signed out, at Keycloak's login")
                    .isNotEmpty();
        }

        Person erased = people.findById(lotte.id()).orElseThrow();
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.displayName()).startsWith("Inwoner ").doesNotContain("Lotte");
        assertThat(erased.email()).isNull();
        assertThat(erased.hasAccount()).isFalse();
        assertThat(accounts.exists(username)).as("the Keycloak account").isFalse();
        assertThat(trajectories.get(id).participantOf(lotte.id()).orElseThrow().isActive()).isFalse();
        assertThat(auditedBy(subject)).as("rows whose audit columns still name her account (she acted while signed in)")
                .isEmpty();
    }

    /** The tables with a row created or last changed under this account id. */
    private List<String> auditedBy(String subject) {
        return jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'modified_by'""")
                .query(String.class).list().stream()
                .filter(table -> jdbc.sql("select count(*) from \"" + table
                        + "\" where created_by = :subject or modified_by = :subject")
                        .param("subject", subject).query(Long.class).single() > 0)
                .toList();
    }

    /** What the download link gives, fetched in the page with the resident's own session. */
    private static String download(Browser browser) {
        String href = browser.driver().findElement(By.linkText("Mijn gegevens downloaden")).getDomAttribute("href");
        Object body = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(response => response.text()).then(done, error => done('failed: ' + error));",
                href);
        return String.valueOf(body);
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
