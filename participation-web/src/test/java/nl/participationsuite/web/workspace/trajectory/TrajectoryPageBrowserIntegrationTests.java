package nl.participationsuite.web.workspace.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The trajectory page in real headless Chromium: accessible with every section filled, and its table of contents usable by keyboard. */
@WebIntegrationTest
class TrajectoryPageBrowserIntegrationTests {

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
    JdbcTemplate jdbc;

    @Test
    void coordinatorOpensAnAccessibleTrajectoryPageAndJumpsToASectionByKeyboard() {
        Person coordinator = linked("coordinator");
        Person colleague = linked("professional");
        Filled filled = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Samen gezond in Lemelerveld");
        // As long as the form allows: the facts beside each other must wrap, not push the page sideways.
        jdbc.update("update trajectory set topic = ?, area = ? where id = ?",
                ("Gezonde leefstijl, eenzaamheid onder ouderen en de toegankelijkheid van voorzieningen in de wijk, "
                        + "samen met inwoners, huisartsen, welzijnswerk en de woningcorporatie aangepakt"),
                "Lemelerveld-Noord-en-de-Marshoek-inclusief-de-buitengebieden-rond-Vilsteren-en-Heino-Oost",
                filled.trajectory().id().value());

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/trajecten/" + filled.trajectory().id()));
            browser.logInAtKeycloak("coordinator");

            assertThat(browser.text()).contains(filled.trajectory().reference()).contains("Op deze pagina")
                    .contains(FilledTrajectory.ROUND).contains("Waarom wijst u de aanvraag af?");
            browser.assertAccessible();
            browser.assertNoSidewaysScrollAt(1280);
            browser.assertNoSidewaysScrollAt(375);
            browser.screenshot("workspace-trajectory");
            browser.phoneScreenshot("workspace-trajectory");

            browser.driver().findElement(By.linkText("Besluiten")).sendKeys(Keys.ENTER);

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> "rounds".equals(
                    ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("#rounds");
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("aria-labelledby"))
                    .as("the next stop after the section is its table").isEqualTo("rounds-caption");
        }
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
