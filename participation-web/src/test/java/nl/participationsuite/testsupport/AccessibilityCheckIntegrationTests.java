package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' accessibility check itself ({@link Browser#assertAccessible()}): it refuses a
 * page with WCAG violations, naming them, and passes a page without. Every browser test relies on it.
 */
class AccessibilityCheckIntegrationTests {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aPageWithAnImageWithoutTextAndAFieldWithoutLabelIsRefusedWithTheRulesNamed() {
        browser.go(page("""
                <main><h1>Aanmelden</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <form><input type="text" name="naam"><button>Verstuur</button></form></main>"""));

        assertThatThrownBy(browser::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt: ")
                .hasMessageContaining("label: ");
    }

    @Test
    void aPageWithoutViolationsPasses() {
        browser.go(page("""
                <main><h1>Aanmelden</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Logo van de gemeente">
                <form><label for="naam">Naam</label> <input type="text" id="naam" name="naam">
                <button>Verstuur</button></form></main>"""));

        assertThatCode(browser::assertAccessible).doesNotThrowAnyException();
    }

    private static String page(String body) {
        String html = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Toets</title></head><body>"
                + body + "</body></html>";
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
