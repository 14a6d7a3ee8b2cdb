package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * How messages reach a person, chosen in real headless Chromium with the keyboard only and no script of
 * ours: a resident on their boundaries page (beside how and when they take part), a professional in the
 * workspace; the choice is stored; both pages axe-core clean.
 */
@WebIntegrationTest
class NotificationPreferencesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    JdbcClient jdbc;

    @Test
    void residentChoosesAWeeklySummaryOnTheBoundariesPageWithTheKeyboard() {
        Person resident = LinkedAccounts.person("resident2", people, organisations, jwt);

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal/grenzen"));
            browser.logInAtKeycloak("resident2");
            assertThat(browser.text()).contains("Hoe wilt u berichten krijgen?");
            browser.assertAccessible();

            browser.driver().findElement(By.id("otherMessages-WEEKLY")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.cssSelector("form[action$='/portaal/meldingen/voorkeuren'] button[type=submit]"));

            assertThat(browser.driver().getCurrentUrl()).endsWith("/portaal/meldingen/voorkeuren");
            assertThat(browser.text()).contains("Uw keuze is opgeslagen.");
            assertThat(browser.driver().findElement(By.id("otherMessages-WEEKLY")).isSelected()).isTrue();
            browser.assertAccessible();
            browser.screenshot("notification-preferences-portal");
        }
        assertThat(choices(resident)).isEqualTo("IMMEDIATELY WEEKLY");
        backToTheDefaults(resident);
    }

    @Test
    void professionalChoosesNoMailForNewsInTheWorkspace() {
        Person professional = LinkedAccounts.person("professional2", people, organisations, jwt);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/meldingen"));
            browser.logInAtKeycloak("professional2");
            browser.pressEnterOn(By.cssSelector("a[href$='/werkruimte/meldingen/voorkeuren']"));
            browser.assertAccessible();

            browser.driver().findElement(By.id("personalTasks-DAILY")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("otherMessages-NEVER")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.cssSelector("form[action$='/werkruimte/meldingen/voorkeuren'] button[type=submit]"));

            assertThat(browser.text()).contains("Uw keuze is opgeslagen.");
            browser.screenshot("notification-preferences-workspace");
        }
        assertThat(choices(professional)).isEqualTo("DAILY NEVER");
        backToTheDefaults(professional);
    }

    /** The demo accounts are shared with other tests: they get the defaults back. */
    private void backToTheDefaults(Person person) {
        jdbc.sql("update notification_preference set personal_tasks = null, other_messages = null where person_id = :person")
                .param("person", person.id().value()).update();
    }

    private String choices(Person person) {
        return jdbc.sql("select personal_tasks || ' ' || other_messages from notification_preference where person_id = :person")
                .param("person", person.id().value()).query(String.class).single();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
