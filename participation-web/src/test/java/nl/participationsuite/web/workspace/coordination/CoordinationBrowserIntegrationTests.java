package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.accounts.PortalAccounts;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator's forms in real headless Chromium, by keyboard only: two residents registered (one
 * with a portal account and its activation letter), a meeting planned; every page accessible.
 */
@WebIntegrationTest
class CoordinationBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    MeetingService meetings;

    @Autowired
    PortalAccounts accounts;

    @Test
    void coordinatorRegistersTwoResidentsInvitesOneAndPlansAMeetingByKeyboard() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen gezond in Hoonhorst", "Gezondheid",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        String trajectoryPage = "/werkruimte/trajecten/" + trajectory.id();
        String username = "fatima." + UUID.randomUUID().toString().substring(0, 6);

        try (Browser browser = Browser.open()) {
            browser.go(app(trajectoryPage + "/inwoners/nieuw"));
            browser.logInAtKeycloak("coordinator");
            assertThat(browser.text()).contains("Een inwoner aanmelden");
            browser.assertAccessible();
            browser.screenshot("workspace-register-resident");

            browser.pressEnterOn(By.id("displayName"));
            assertThat(browser.text()).contains("Controleer deze velden").contains("Vul dit veld in.");
            browser.assertAccessible();
            browser.screenshot("workspace-register-resident-errors");

            type(browser, "displayName", "Kees Jansen");
            choose(browser, "channel-DOOR_TO_DOOR");
            choose(browser, "withAccount");
            browser.pressEnterOn(By.id("displayName"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);

            browser.go(app(trajectoryPage + "/inwoners/nieuw"));
            type(browser, "displayName", "Fatima el Amrani");
            type(browser, "email", username + "@example.org");
            choose(browser, "channel-EVENT");
            choose(browser, "withAccount-true");
            browser.pressEnterOn(By.id("displayName"));
            assertThat(browser.text()).contains("Account maken voor Fatima el Amrani");
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo("fatima.el.amrani");
            browser.assertAccessible();
            browser.screenshot("workspace-invite-resident");

            WebElement name = browser.driver().findElement(By.id("username"));
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            name.sendKeys(username);
            browser.pressEnterOn(By.id("username"));
            assertThat(browser.text()).contains("Uw account voor de Participatie Suite").contains(username)
                    .contains("Uw activeringscode");
            browser.assertAccessible();
            browser.screenshot("workspace-invitation-letter");

            browser.go(app(trajectoryPage + "/bijeenkomsten/nieuw"));
            assertThat(browser.text()).contains("Een bijeenkomst plannen");
            browser.assertAccessible();
            browser.screenshot("workspace-plan-meeting");
            // Typed as the browser's date and time fields take them, whether they show day or month first
            // (the same number) and a 12- or 24-hour clock (P for the afternoon is ignored by the latter).
            LocalDate day = LocalDate.of(LocalDate.now().getYear() + 1, 3, 3);
            type(browser, "date", day.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            type(browser, "startTime", "0730P");
            type(browser, "endTime", "0900P");
            choose(browser, "venueType");
            type(browser, "venueName", "Dorpshuis Hoonhorst");
            choose(browser, "plainLanguageChecked");
            browser.pressEnterOn(By.id("venueName"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);

            // Kees, who has no account, asked at the door to have his data erased.
            browser.pressEnterOn(By.xpath("//a[contains(., 'Gegevens (AVG)') and contains(., 'Kees Jansen')]"));
            assertThat(browser.text()).contains("Gegevens van Kees Jansen").contains("Gegevens downloaden");
            browser.assertAccessible();
            browser.screenshot("workspace-resident-data");
            browser.driver().findElement(By.id("confirmed")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(browser.text()).contains("De gegevens van de inwoner zijn gewist.").doesNotContain("Kees Jansen")
                    .containsPattern("Inwoner [A-Z2-9]{6}");
            browser.assertAccessible();
        }
        finally {
            trajectories.get(trajectory.id()).activeResidents().stream()
                    .map(resident -> people.findById(resident.personId()).orElseThrow()).filter(Person::hasAccount)
                    .forEach(resident -> accounts.delete(resident.keycloakSubject()));
        }

        Trajectory registered = trajectories.get(trajectory.id());
        assertThat(registered.activeResidents()).as("Kees stepped back with his erasure").hasSize(1);
        assertThat(registered.participants().stream().map(Participant::personId)
                .map(id -> people.findById(id).orElseThrow()).filter(Person::isErased)).hasSize(1);
        assertThat(registered.activeResidents().stream().map(Participant::personId)
                .map(id -> people.findById(id).orElseThrow()).filter(Person::hasAccount)).hasSize(1);
        assertThat(meetings.upcoming(trajectory.id())).extracting(Meeting::venueName).containsExactly("Dorpshuis Hoonhorst");
    }

    @Test
    void coordinatorChangesAMeetingAndThenCancelsItWithAReasonByKeyboard() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen bewegen in Lemelerveld", "Gezondheid",
                "Lemelerveld", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        String trajectoryPage = "/werkruimte/trajecten/" + trajectory.id();
        // An evening at 19:00 in Amsterdam, whatever hour the test runs: the form shows one day and two times.
        java.time.Instant start = java.time.LocalDate.now().plusDays(10).atTime(19, 0)
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
        Meeting meeting = meetings.plan(trajectory.id(), new nl.participationsuite.domain.meetings.PlanMeeting(start,
                start.plus(java.time.Duration.ofHours(2)), "Dorpshuis Lemelerveld",
                nl.participationsuite.domain.meetings.VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, null));

        try (Browser browser = Browser.open()) {
            browser.go(app(trajectoryPage));
            browser.logInAtKeycloak("coordinator");
            browser.pressEnterOn(By.xpath("//a[contains(., 'Wijzigen of afzeggen')]"));
            assertThat(browser.text()).contains("Bijeenkomst wijzigen of afzeggen").contains("Afzeggen");
            assertThat(browser.driver().findElement(By.id("venueName")).getAttribute("value")).isEqualTo("Dorpshuis Lemelerveld");
            browser.assertAccessible();
            browser.screenshot("workspace-change-meeting");

            WebElement venue = browser.driver().findElement(By.id("venueName"));
            venue.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.pressEnterOn(By.id("venueName"));
            assertThat(browser.text()).contains("Controleer deze velden").contains("Vul dit veld in.");
            browser.assertAccessible();
            type(browser, "venueName", "Bibliotheek Lemelerveld");
            browser.pressEnterOn(By.id("venueName"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(browser.text()).contains("De bijeenkomst is gewijzigd.").contains("Bibliotheek Lemelerveld");

            browser.pressEnterOn(By.xpath("//a[contains(., 'Wijzigen of afzeggen')]"));
            browser.pressEnterOn(By.id("reason"));
            assertThat(browser.text()).contains("Reden – Vul dit veld in.");
            browser.assertAccessible();
            browser.screenshot("workspace-cancel-meeting-errors");
            type(browser, "reason", "De gespreksleider is ziek");
            browser.pressEnterOn(By.id("reason"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(browser.text()).contains("De bijeenkomst is afgezegd.").contains("Afgezegd: De gespreksleider is ziek")
                    .doesNotContain("Wijzigen of afzeggen");
            browser.assertAccessible();
        }

        Meeting cancelled = meetings.get(meeting.id());
        assertThat(cancelled.venueName()).isEqualTo("Bibliotheek Lemelerveld");
        assertThat(cancelled.cancellationReason()).isEqualTo("De gespreksleider is ziek");
        assertThat(cancelled.calendarSequence()).isEqualTo(2);
    }

    private static void type(Browser browser, String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    /** Ticks a radio button or checkbox with the space bar. */
    private static void choose(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.SPACE);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
