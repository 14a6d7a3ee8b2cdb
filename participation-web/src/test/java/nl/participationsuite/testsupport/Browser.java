package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) for browser tests: log in through Keycloak's own form, take screenshots under
 * {@code target/screenshots}, and check pages with axe-core against WCAG 2.2 A and AA. Selenium is
 * pointed at the installed driver, so it never tries to download one.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The rule sets {@link #assertAccessible()} runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** axe-core itself, as its Selenium binding ships it. */
    private static final String AXE_SCRIPT = axeScript();

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser (own profile, no cookies), 1280 px wide. */
    public static Browser open() {
        String binary = PostgresTestDatabase.setting("PARTICIPATION_TEST_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = PostgresTestDatabase.setting("PARTICIPATION_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(binary)).as("Chromium for the browser tests (.ci/run installs it)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=nl-NL", "--window-size=1280,900");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /** On Keycloak's login form: fills it in, submits it (demo password = user name) and waits to be back in the application. */
    public void logInAtKeycloak(String userName) {
        assertThat(driver.findElements(By.id("kc-form-login"))).as("Keycloak's login form").isNotEmpty();
        driver.findElement(By.id("username")).sendKeys(userName);
        driver.findElement(By.id("password")).sendKeys(userName);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(loaded -> !loaded.getCurrentUrl().contains("/realms/"));
    }

    /**
     * On Keycloak's login form, the first sign-in with an activation code (the account's temporary
     * password): Keycloak then asks for a password of one's own; waits to be back in the application.
     */
    public void logInWithActivationCode(String userName, String code, String newPassword) {
        assertThat(driver.findElements(By.id("kc-form-login"))).as("Keycloak's login form").isNotEmpty();
        driver.findElement(By.id("username")).sendKeys(userName);
        driver.findElement(By.id("password")).sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> !page.findElements(By.id("password-new")).isEmpty());
        driver.findElement(By.id("password-new")).sendKeys(newPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(newPassword + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().contains("/realms/"));
    }

    /** Activates an element with the keyboard (Enter) and waits for the page it leads to. */
    public void pressEnterOn(By element) {
        WebElement target = driver.findElement(element);
        markCurrentPage();
        target.sendKeys(Keys.ENTER);
        awaitNextPage();
    }

    /** Clicks an element and waits for the page it leads to. */
    public void clickAndWait(By element) {
        WebElement target = driver.findElement(element);
        markCurrentPage();
        target.click();
        awaitNextPage();
    }

    /*
     * A new page is recognised by the absence of a marker set on the old one. (Waiting for the old
     * element to go stale races with the browser detaching it: Chromium then reports errors that
     * are no staleness exception.)
     */
    private void markCurrentPage() {
        ((JavascriptExecutor) driver).executeScript("window.participationTestMarker = true;");
    }

    private void awaitNextPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            try {
                Object state = ((JavascriptExecutor) page).executeScript(
                        "return window.participationTestMarker === undefined ? document.readyState : 'old';");
                return "complete".equals(state);
            }
            catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png} and answers its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Screenshot at phone width (375 px), then back to the desktop width. */
    public Path phoneScreenshot(String name) {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            return screenshot(name + "-375px");
        }
        finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /**
     * At this window width the page does not scroll sideways (WCAG 1.4.10 reflow at 320 CSS px needs
     * 375 px to hold; a desktop at 1280 px must hold too); tables scroll inside their own region.
     * Restores the window's width afterwards.
     */
    public void assertNoSidewaysScrollAt(int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        try {
            Object overflow = ((JavascriptExecutor) driver).executeScript("""
                    const root = document.documentElement;
                    if (root.scrollWidth <= root.clientWidth) { return null; }
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
                    return root.scrollWidth + ' > ' + root.clientWidth + ': ' + wide.join(', ');""");
            assertThat(overflow).as("the page scrolls sideways at %d px on %s", width, driver.getCurrentUrl()).isNull();
        }
        finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * axe-core finds no WCAG 2.2 A or AA violation on the current page: the 2.0 and 2.1 rules and
     * 2.2's own (target size of at least 24 by 24 CSS pixels, among others).
     * <p>
     * axe runs in the page itself and reports only its violations. (axe-core's Selenium binding
     * would also open a blank tab on every check, inject axe there a second time and merge the
     * frames' results in it: the product's pages have no frames, and that cost more than half of
     * every check, a minute of the whole-trajectory test.)
     */
    public void assertAccessible() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE_SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                    .then(results => done(results.violations.map(rule => rule.id + ': ' + rule.help + ' '
                            + rule.nodes.map(node => JSON.stringify(node.target)).join(', '))),
                          failure => done('axe-core failed: ' + failure));""", WCAG_TAGS);
        assertThat(answer).as("axe-core's answer on %s", driver.getCurrentUrl()).isInstanceOf(List.class);
        assertThat((List<?>) answer).as(() -> "WCAG 2.2 A/AA violations on " + driver.getCurrentUrl() + ":\n"
                + ((List<?>) answer).stream().map(String::valueOf).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String axeScript() {
        try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            assertThat(script).as("axe.min.js in axe-core's Selenium binding").isNotNull();
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
