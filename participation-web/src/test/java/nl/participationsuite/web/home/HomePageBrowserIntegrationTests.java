package nl.participationsuite.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page in real headless Chromium: login through Keycloak's form, accessibility, keyboard, phone width. */
@WebIntegrationTest
class HomePageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void residentLogsInThroughKeycloakAndSeesAnAccessibleStartPage() {
        browser.go(app("/"));
        assertThat(browser.text()).contains("Inloggen");
        browser.assertAccessible();
        browser.screenshot("home-anonymous");

        browser.driver().findElement(By.linkText("Inloggen")).click();
        browser.logInAtKeycloak("resident1");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(app("/"));
        assertThat(browser.text()).contains("Welkom, Anouk Jansen").contains("Inwoner");
        browser.assertAccessible();
        browser.screenshot("home-resident1");
        browser.phoneScreenshot("home-resident1");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        browser.go(app("/"));

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Direct naar de inhoud");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void showsAnAccessibleDutchPageForAPageThatDoesNotExist() {
        browser.go(app("/bestaat-niet"));
        browser.logInAtKeycloak("professional");

        assertThat(browser.text()).contains("Deze pagina bestaat niet");
        browser.assertAccessible();
        browser.screenshot("not-found");
    }

    @Test
    void speaksEnglishOnRequestAndStaysAccessible() {
        browser.go(app("/?lang=en"));

        assertThat(browser.text()).contains("Log in");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.assertAccessible();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
