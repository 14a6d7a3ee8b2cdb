package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.participationsuite.domain.notification.Notification;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin sees a notification that kept failing, with its last error and no recipient, and has it
 * mailed again; in real headless Chromium, by keyboard, axe-core clean.
 */
@WebIntegrationTest
class NotificationDeliveryBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    NotificationService notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminSeesANotificationGivenUpOnAndHasItMailedAgain() {
        Person resident = people.save(Person.resident("Lotte Kramer", "lotte." + UUID.randomUUID() + "@example.org",
                null, null));
        UUID id = new TransactionTemplate(transactions).execute(status ->
                notifications.taskArrived(resident.id(), NotificationKind.VOTE, null, null, "task-" + UUID.randomUUID()).id());
        for (int attempt = 0; attempt < Notification.MAX_ATTEMPTS; attempt++) {
            notifications.failed(id, "Connection refused: smtp.example.org:587");
        }

        try (Browser browser = Browser.open()) {
            browser.go(app("/beheer/meldingen"));
            browser.logInAtKeycloak("admin");

            assertThat(browser.text()).contains("Bezorging van meldingen").contains("Opgegeven meldingen")
                    .contains("Connection refused: smtp.example.org:587").doesNotContain("Lotte Kramer");
            browser.assertAccessible();
            browser.screenshot("notifications-delivery");

            browser.pressEnterOn(By.id("retry-" + id));

            assertThat(browser.text()).contains("De melding wordt opnieuw gemaild.");
            assertThat(jdbc.sql("select status from notification where id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("PENDING");
        }
    }

    @Test
    void aResidentMayNotSeeTheDeliveryPage() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/beheer/meldingen"));
            browser.logInAtKeycloak("resident1");

            assertThat(browser.text()).doesNotContain("Bezorging van meldingen");
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
