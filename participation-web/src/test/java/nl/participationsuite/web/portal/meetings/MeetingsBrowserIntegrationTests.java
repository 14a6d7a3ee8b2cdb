package nl.participationsuite.web.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.stream.IntStream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
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
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * In real headless Chromium and Keycloak: resident4 (Kees Meijer, no seat) sees the coming meeting of
 * their trajectory with its agenda and accessibility notes, answers "yes", and downloads its calendar
 * file; the coordinator plans a morning meeting, is warned that the residents chose the evening, and
 * plans it anyway. axe-core checks every page.
 */
@WebIntegrationTest
class MeetingsBrowserIntegrationTests {

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
    MotivationService motivations;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Test
    void aResidentAnswersAndDownloadsTheMeetingAndTheCoordinatorIsWarnedOutsideTheirTimes() throws Exception {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person kees = LinkedAccounts.person("resident4", people, organisations, jwt);
        Trajectory trajectory = workflow.start(new StartTrajectory("Ontmoeten in Hoonhorst", "Eenzaamheid", "Hoonhorst",
                TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null));
        Participant participant = trajectories.addParticipant(trajectory.id(), kees.id());
        motivations.record(trajectory.id(), new RecordMotivation(participant.id(), Set.of(EnergySource.SHARING_IDEAS), 4,
                Set.of(ParticipationLevel.PARTICIPATION), Set.of(PreferredTime.EVENING), null, ProfileSource.RESIDENT,
                kees.id()));
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Instant startsAt = nextWeek.atTime(LocalTime.of(19, 30)).atZone(clock.getZone()).toInstant();
        Meeting meeting = meetings.plan(trajectory.id(), new PlanMeeting(startsAt, startsAt.plus(Duration.ofMinutes(90)),
                "Dorpshuis De Klink, Dorpsstraat 1", VenueType.NEIGHBOURHOOD_CENTRE, true, "Els Kok", true,
                "1. Welkom\n2. Wat missen we in het dorp?", "Ingang zonder drempel, ringleiding"));

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal"));
            browser.logInAtKeycloak("resident4");
            assertThat(browser.text()).contains("Volgende bijeenkomst").contains("Dorpshuis De Klink, Dorpsstraat 1");
            browser.assertAccessible();
            browser.pressEnterOn(By.linkText("Bijeenkomsten"));
            assertThat(browser.text()).contains("Komende bijeenkomsten").contains("Ontmoeten in Hoonhorst")
                    .contains("tot 21:00").contains("Els Kok (neutraal").contains("Ingang zonder drempel, ringleiding")
                    .contains("2. Wat missen we in het dorp?");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-meetings");

            browser.driver().findElement(By.id("answer-1-YES")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.cssSelector("#meeting-" + meeting.id() + " form button[type=submit]"));
            assertThat(browser.text()).contains("Fijn dat u komt!").contains("Uw antwoord: Ja, ik kom");
            assertThat(browser.driver().findElement(By.id("answer-1-YES")).isSelected()).isTrue();
            browser.assertAccessible();

            String href = browser.driver().findElement(By.cssSelector("#meeting-" + meeting.id() + " a[download]"))
                    .getDomAttribute("href");
            Object file = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
            // WebDriver hands the script's string back with bare line feeds; the file itself has CRLF (RFC 5545).
            String text = ((String) file).replace("\r\n", "\n").replace("\n", "\r\n");
            VEvent event = new CalendarBuilder().build(new StringReader(text))
                    .<VEvent>getComponent("VEVENT").orElseThrow();
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(meeting.id() + "@meetings.participation-suite");
            assertThat((String) file).contains("DTSTART;TZID=Europe/Amsterdam:"
                    + nextWeek.format(DateTimeFormatter.BASIC_ISO_DATE) + "T193000");
            assertThat(event.getLocation().orElseThrow().getValue()).startsWith("Dorpshuis De Klink");
        }
        assertThat(meetings.replies(meeting.id())).extracting(MeetingReply::participantId, MeetingReply::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(participant.id(), ReplyAnswer.YES));

        try (Browser browser = Browser.open()) {
            String trajectoryPage = app("/werkruimte/trajecten/" + trajectory.id());
            browser.go(trajectoryPage + "/bijeenkomsten/nieuw");
            browser.logInAtKeycloak("coordinator");
            assertThat(browser.text()).contains("Wanneer kunnen de inwoners?").contains("Avond: 1 van 1");
            // Typed as the browser's date and time fields take them: a weekday whose day and month are the same
            // number (whether the field shows day or month first), a 12- or 24-hour clock.
            LocalDate weekday = IntStream.rangeClosed(1, 12)
                    .mapToObj(month -> LocalDate.of(LocalDate.now(clock).getYear() + 1, month, month))
                    .filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).findFirst().orElseThrow();
            type(browser, "date", weekday.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            type(browser, "startTime", "1000A");
            type(browser, "endTime", "1130A");
            type(browser, "venueType", Keys.SPACE);
            type(browser, "venueName", "Bibliotheek Hoonhorst");
            type(browser, "accessibilityNotes", "Lift naar de zaal");
            browser.pressEnterOn(By.id("venueName"));
            assertThat(browser.text()).contains("Let op: deze bijeenkomst past niet bij wat inwoners kozen.")
                    .contains("Ochtend: 0 van de 1 inwoners kunnen dan.");
            browser.assertAccessible();
            browser.screenshot("workspace-plan-meeting-warning");

            type(browser, "plannedAnyway", Keys.SPACE);
            browser.pressEnterOn(By.id("venueName"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).isEqualTo(trajectoryPage);
            assertThat(browser.text()).contains("De bijeenkomst is gepland.").contains("Bibliotheek Hoonhorst");
        }
        assertThat(meetings.upcoming(trajectory.id())).extracting(Meeting::accessibilityNotes)
                .containsExactly("Ingang zonder drempel, ringleiding", "Lift naar de zaal");
    }

    private static void type(Browser browser, String id, CharSequence text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
