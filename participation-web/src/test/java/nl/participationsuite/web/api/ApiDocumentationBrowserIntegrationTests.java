package nl.participationsuite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI UI renders the product's API under the application's content security policy. */
@WebIntegrationTest
class ApiDocumentationBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void showsTheApiInSwaggerUi() {
        try (Browser browser = Browser.open()) {
            browser.go("http://localhost:" + port + "/swagger-ui.html");

            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
            assertThat(browser.text()).contains("/api/v1/trajectories").contains("/api/v1/tasks/{id}/complete");
            browser.screenshot("swagger-ui");
        }
    }
}
