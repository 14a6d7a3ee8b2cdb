package nl.participationsuite.web.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.CountedCalls;
import nl.participationsuite.testsupport.CountedCalls.Counted;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.StatementCounting;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The portal's meetings page costs the same number of SQL statements whatever the number of
 * trajectories and meetings: participations, upcoming meetings, my answers and past meetings are
 * each read once for all of them; and the portal's home does not grow with meetings either.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class PortalMeetingsQueryCountIntegrationTests {

    /** Trajectories (each with meetings) the resident joins between the two measurements. */
    private static final int MORE = 6;

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
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMeetingsPageAndTheHomeCostTheSameWithOneAndWithManyMeetings() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person resident = LinkedAccounts.person("resident6", people, organisations, jwt);
        joinWithMeetings(coordinator, resident, "Eerste wijk", 1);
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("resident6");
        browser.page("/portaal/bijeenkomsten");

        Counted few = browser.page("/portaal/bijeenkomsten");
        Counted fewHome = browser.page("/portaal");
        for (int i = 0; i < MORE; i++) {
            joinWithMeetings(coordinator, resident, "Wijk " + i, 3);
        }
        Counted many = browser.page("/portaal/bijeenkomsten");
        Counted manyHome = browser.page("/portaal");

        System.out.printf("SQL statements of GET /portaal/bijeenkomsten: %d vs %d (%d more trajectories, %d more meetings)%n",
                few.count(), many.count(), MORE, MORE * 4);
        assertThat(many.response().statusCode()).isEqualTo(200);
        assertThat(many.response().body()).contains("Eerste wijk").contains("Wijk " + (MORE - 1))
                .contains("Nee, ik kom niet").contains("Verslag van de bijeenkomst in Wijk " + (MORE - 1));
        assertThat(many.count()).as(many.listing()).isEqualTo(few.count());
        assertThat(manyHome.count()).as(manyHome.listing()).isEqualTo(fewHome.count());
    }

    /**
     * A new trajectory the resident joins, with upcoming meetings (the resident answered the first)
     * and one that is over, with minutes.
     */
    private void joinWithMeetings(Person coordinator, Person resident, String title, int upcoming) {
        Trajectory trajectory = workflow.start(new StartTrajectory(title, "Samen gezond", "Hoonhorst",
                TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null));
        Participant participant = trajectories.addParticipant(trajectory.id(), resident.id());
        Instant now = clock.instant();
        for (int i = 0; i < upcoming; i++) {
            Instant startsAt = now.plus(Duration.ofDays(2 + i));
            Meeting meeting = meetings.plan(trajectory.id(), new PlanMeeting(startsAt, startsAt.plus(Duration.ofHours(2)),
                    "Buurthuis " + title, VenueType.NEIGHBOURHOOD_CENTRE, true, "Els Kok", true, "Welkom", null));
            if (i == 0) {
                meetings.reply(meeting.id(), participant.id(), ReplyAnswer.NO);
            }
        }
        Meeting past = meetings.plan(trajectory.id(), new PlanMeeting(now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)), "Bibliotheek", VenueType.LIBRARY, false, null, true, null));
        // A meeting cannot be planned in the past: this one is moved there, as if weeks went by.
        jdbc.update("update meeting set starts_at = starts_at - interval '30 days', ends_at = ends_at - interval '30 days'"
                + " where id = ?", past.id().value());
        meetings.recordOutcome(past.id(), List.of(), "Verslag van de bijeenkomst in " + title);
    }
}
