package nl.participationsuite.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;

import nl.participationsuite.testsupport.MovableClock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class MeetingIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Europe/Amsterdam"));
        }
    }

    @Autowired
    MeetingService meetings;

    @Autowired
    MovableClock clock;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void plansAMeetingAtAResidentFriendlyPlaceWithANeutralFacilitator() {
        Setup setup = trajectoryWithResidents(0);
        Instant startsAt = clock.instant().plus(Duration.ofDays(7));

        Meeting meeting = meetings.plan(setup.trajectoryId(), new PlanMeeting(startsAt, startsAt.plus(Duration.ofHours(2)),
                "Buurthuis De Schakel", VenueType.NEIGHBOURHOOD_CENTRE, true, "Els Kok", true,
                "1. Welkom\n2. Wat vinden we belangrijk?"));

        Meeting stored = meetings.get(meeting.id());
        assertThat(stored.trajectoryId()).isEqualTo(setup.trajectoryId());
        assertThat(stored.startsAt()).isEqualTo(startsAt);
        assertThat(stored.venueType()).isEqualTo(VenueType.NEIGHBOURHOOD_CENTRE);
        assertThat(stored.neutralFacilitator()).isTrue();
        assertThat(stored.facilitatorName()).isEqualTo("Els Kok");
        assertThat(stored.plainLanguageChecked()).isTrue();
        assertThat(stored.agenda()).startsWith("1. Welkom");
        assertThat(jdbc.queryForMap("select venue_name, venue_type, created_by from meeting where id = ?", meeting.id().value()))
                .containsEntry("venue_name", "Buurthuis De Schakel").containsEntry("venue_type", "NEIGHBOURHOOD_CENTRE")
                .containsEntry("created_by", "system");
    }

    @Test
    void refusesToPlanAMeetingInThePast() {
        Setup setup = trajectoryWithResidents(0);
        Instant startsAt = clock.instant().minus(Duration.ofMinutes(1));

        assertViolation(() -> meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(1)))),
                "startsAt", "meeting.in-the-past");

        assertThat(meetingsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void refusesAMeetingThatDoesNotEndAfterItStartsOrHasNoVenue() {
        Setup setup = trajectoryWithResidents(0);
        Instant startsAt = clock.instant().plus(Duration.ofDays(1));

        assertViolation(() -> meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt)), "endsAt", "meeting.ends-before-start");
        assertViolation(() -> meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.minus(Duration.ofHours(1)))),
                "endsAt", "meeting.ends-before-start");
        assertViolation(() -> meetings.plan(setup.trajectoryId(), plan(null, startsAt)), "startsAt", "required");
        assertViolation(() -> meetings.plan(setup.trajectoryId(), new PlanMeeting(startsAt, startsAt.plus(Duration.ofHours(1)),
                " ", VenueType.LIBRARY, false, null, false, null)), "venueName", "required");
        assertViolation(() -> meetings.plan(setup.trajectoryId(), new PlanMeeting(startsAt, startsAt.plus(Duration.ofHours(1)),
                "Bibliotheek", null, false, null, false, null)), "venueType", "required");

        assertThat(meetingsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void recordsExcusesBeforehandAndPresenceOnceTheMeetingHasStarted() {
        Setup setup = trajectoryWithResidents(3);
        Instant startsAt = clock.instant().plus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));

        meetings.recordAttendance(meeting.id(), setup.residents().get(2), AttendanceStatus.EXCUSED);
        assertViolation(() -> meetings.recordAttendance(meeting.id(), setup.residents().get(0), AttendanceStatus.PRESENT),
                "status", "attendance.meeting-not-started");
        clock.advance(Duration.ofHours(1));
        meetings.recordAttendance(meeting.id(), List.of(new RecordAttendance(setup.residents().get(0), AttendanceStatus.PRESENT),
                new RecordAttendance(setup.residents().get(1), AttendanceStatus.PRESENT)));
        meetings.recordAttendance(meeting.id(), setup.residents().get(1), AttendanceStatus.ABSENT);

        Meeting stored = meetings.get(meeting.id());
        assertThat(stored.attendance()).extracting(Attendance::participantId, Attendance::status).containsExactlyInAnyOrder(
                tuple(setup.residents().get(0), AttendanceStatus.PRESENT),
                tuple(setup.residents().get(1), AttendanceStatus.ABSENT),
                tuple(setup.residents().get(2), AttendanceStatus.EXCUSED));
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?", Integer.class,
                meeting.id().value())).isEqualTo(3);
    }

    @Test
    void refusesTheWholeAttendanceListWhenOneEntryIsNotAParticipant() {
        Setup setup = trajectoryWithResidents(1);
        Setup other = trajectoryWithResidents(1);
        Instant startsAt = clock.instant();
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));

        assertViolation(() -> meetings.recordAttendance(meeting.id(), List.of(
                new RecordAttendance(setup.residents().get(0), AttendanceStatus.PRESENT),
                new RecordAttendance(other.residents().get(0), AttendanceStatus.PRESENT))),
                "participantId", "participant.unknown");
        assertViolation(() -> meetings.recordAttendance(meeting.id(), List.of(
                new RecordAttendance(setup.residents().get(0), AttendanceStatus.PRESENT),
                new RecordAttendance(setup.residents().get(0), AttendanceStatus.ABSENT))),
                "participantId", "attendance.duplicate");
        assertViolation(() -> meetings.recordAttendance(meeting.id(), setup.residents().get(0), null), "status", "required");

        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?", Integer.class,
                meeting.id().value())).isZero();
    }

    @Test
    void listsUpcomingMeetingsSoonestFirstAndPastMeetingsMostRecentFirst() {
        Setup setup = trajectoryWithResidents(0);
        Instant now = clock.instant();
        Meeting first = meetings.plan(setup.trajectoryId(), plan(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2))));
        Meeting second = meetings.plan(setup.trajectoryId(), plan(now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(4))));
        Meeting later = meetings.plan(setup.trajectoryId(), plan(now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(14)).plus(Duration.ofHours(2))));
        Meeting underWay = meetings.plan(setup.trajectoryId(), plan(now.plus(Duration.ofHours(5)), now.plus(Duration.ofHours(8))));

        clock.advance(Duration.ofHours(6));

        assertThat(meetings.upcoming(setup.trajectoryId())).extracting(Meeting::id).containsExactly(underWay.id(), later.id());
        assertThat(meetings.past(setup.trajectoryId())).extracting(Meeting::id).containsExactly(second.id(), first.id());
    }

    @Test
    void aParticipantAnswersTheInvitationAndChangesTheAnswerInOneRow() {
        Setup setup = trajectoryWithResidents(2);
        Instant startsAt = clock.instant().plus(Duration.ofDays(2));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));

        meetings.reply(meeting.id(), setup.residents().get(0), ReplyAnswer.MAYBE);
        meetings.reply(meeting.id(), setup.residents().get(0), ReplyAnswer.YES);
        meetings.reply(meeting.id(), setup.residents().get(1), ReplyAnswer.NO);

        assertThat(meetings.replies(meeting.id())).extracting(MeetingReply::participantId, MeetingReply::answer)
                .containsExactlyInAnyOrder(tuple(setup.residents().get(0), ReplyAnswer.YES),
                        tuple(setup.residents().get(1), ReplyAnswer.NO));
        assertThat(meetings.replies(List.of(meeting.id()), List.of(setup.residents().get(1))))
                .extracting(MeetingReply::answer).containsExactly(ReplyAnswer.NO);
        assertThat(jdbc.queryForObject("select count(*) from meeting_reply where meeting_id = ?", Integer.class,
                meeting.id().value())).isEqualTo(2);
    }

    @Test
    void refusesAnAnswerFromAnotherTrajectorysParticipantAndAfterTheMeeting() {
        Setup setup = trajectoryWithResidents(1);
        Setup other = trajectoryWithResidents(1);
        Instant startsAt = clock.instant().plus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(1))));

        assertViolation(() -> meetings.reply(meeting.id(), other.residents().get(0), ReplyAnswer.YES),
                "participantId", "participant.unknown");
        clock.advance(Duration.ofHours(2));
        assertViolation(() -> meetings.reply(meeting.id(), setup.residents().get(0), ReplyAnswer.YES),
                "answer", "meeting.reply-after-meeting");
        assertThat(meetings.replies(meeting.id())).isEmpty();
    }

    @Test
    void recordsWhoCameAndTheMinutesTogetherOrNothing() {
        Setup setup = trajectoryWithResidents(1);
        Instant startsAt = clock.instant().plus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(1))));
        List<RecordAttendance> present = List.of(new RecordAttendance(setup.residents().get(0), AttendanceStatus.PRESENT));

        assertViolation(() -> meetings.recordOutcome(meeting.id(), List.of(), "Te vroeg"), "minutes",
                "meeting.minutes-before-start");
        clock.advance(Duration.ofHours(2));
        assertViolation(() -> meetings.recordOutcome(meeting.id(), present, "x".repeat(Meeting.MAXIMUM_MINUTES + 1)),
                "minutes", "too-long");
        assertThat(meetings.get(meeting.id()).attendance()).isEmpty();

        meetings.recordOutcome(meeting.id(), present, "We kozen de speelplek aan de Esdoornlaan.");

        Meeting stored = meetings.get(meeting.id());
        assertThat(stored.minutes()).isEqualTo("We kozen de speelplek aan de Esdoornlaan.");
        assertThat(stored.attendance()).extracting(Attendance::status).containsExactly(AttendanceStatus.PRESENT);
        assertThat(meetings.past(List.of(setup.trajectoryId()), 5)).extracting(MeetingSummary::minutes)
                .containsExactly("We kozen de speelplek aan de Esdoornlaan.");
    }

    @Test
    void listsTheMeetingsOfSeveralTrajectoriesAsSummaries() {
        Setup setup = trajectoryWithResidents(0);
        Setup other = trajectoryWithResidents(0);
        Instant now = clock.instant();
        Meeting later = meetings.plan(setup.trajectoryId(), new PlanMeeting(now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), "Bibliotheek", VenueType.LIBRARY, true, "Els Kok",
                true, "Welkom", "Lift aanwezig"));
        Meeting sooner = meetings.plan(other.trajectoryId(), plan(now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))));

        List<MeetingSummary> upcoming = meetings.upcoming(List.of(setup.trajectoryId(), other.trajectoryId()));
        assertThat(upcoming).extracting(MeetingSummary::id).containsExactly(sooner.id(), later.id());
        assertThat(upcoming.get(1)).extracting(MeetingSummary::trajectoryId, MeetingSummary::facilitatorName,
                MeetingSummary::accessibilityNotes, MeetingSummary::agenda)
                .containsExactly(setup.trajectoryId(), "Els Kok", "Lift aanwezig", "Welkom");
        assertThat(meetings.upcoming(List.of())).isEmpty();
    }

    @Test
    void changesAMeetingAndTellsEveryResidentTakingPartInTheSameTransaction() {
        Setup setup = trajectoryWithResidents(2);
        Instant startsAt = clock.instant().plus(Duration.ofDays(2));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));

        Instant later = startsAt.plus(Duration.ofDays(1));
        meetings.change(meeting.id(), new PlanMeeting(later, later.plus(Duration.ofHours(1)), "Bibliotheek Dalfsen",
                VenueType.LIBRARY, true, "Els Kok", true, "Nieuwe agenda", "Ringleiding"));

        Meeting stored = meetings.get(meeting.id());
        assertThat(stored.startsAt()).isEqualTo(later);
        assertThat(stored.venueName()).isEqualTo("Bibliotheek Dalfsen");
        assertThat(stored.calendarSequence()).isEqualTo(1);
        assertThat(notificationsOf(meeting, "MEETING_CHANGED")).isEqualTo(2);
        assertViolation(() -> meetings.change(meeting.id(), plan(later, later)), "endsAt", "meeting.ends-before-start");
        assertThat(meetings.get(meeting.id()).calendarSequence()).isEqualTo(1);
        assertThat(notificationsOf(meeting, "MEETING_CHANGED")).isEqualTo(2);
    }

    @Test
    void cancelsAMeetingWithItsReasonAndTellsEveryResidentOnce() {
        Setup setup = trajectoryWithResidents(2);
        Instant startsAt = clock.instant().plus(Duration.ofDays(2));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));
        meetings.reply(meeting.id(), setup.residents().get(0), ReplyAnswer.YES);

        assertViolation(() -> meetings.cancel(meeting.id(), ""), "reason", "required");
        assertThat(notificationsOf(meeting, "MEETING_CANCELLED")).isZero();
        meetings.cancel(meeting.id(), "De zaal is niet beschikbaar");

        Meeting stored = meetings.get(meeting.id());
        assertThat(stored.isCancelled()).isTrue();
        assertThat(stored.cancellationReason()).isEqualTo("De zaal is niet beschikbaar");
        assertThat(stored.calendarSequence()).isEqualTo(1);
        assertThat(meetings.upcoming(List.of(setup.trajectoryId()))).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.isCancelled()).isTrue();
                    assertThat(summary.cancellationReason()).isEqualTo("De zaal is niet beschikbaar");
                });
        assertThat(notificationsOf(meeting, "MEETING_CANCELLED")).isEqualTo(2);
        assertThatThrownBy(() -> meetings.cancel(meeting.id(), "Nog eens"))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.CANCELLED));
        assertViolation(() -> meetings.reply(meeting.id(), setup.residents().get(1), ReplyAnswer.YES), "answer",
                "meeting.cancelled");
        assertThat(notificationsOf(meeting, "MEETING_CANCELLED")).isEqualTo(2);
    }

    @Test
    void refusesToChangeOrCancelAMeetingThatHasStarted() {
        Setup setup = trajectoryWithResidents(1);
        Instant startsAt = clock.instant().plus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(setup.trajectoryId(), plan(startsAt, startsAt.plus(Duration.ofHours(2))));
        clock.advance(Duration.ofMinutes(61));
        Instant later = clock.instant().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> meetings.change(meeting.id(), plan(later, later.plus(Duration.ofHours(1)))))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.STARTED));
        assertThatThrownBy(() -> meetings.cancel(meeting.id(), "Te laat"))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.STARTED));
        assertThat(meetings.get(meeting.id()).isCancelled()).isFalse();
        assertThat(notificationsOf(meeting, "MEETING_CHANGED") + notificationsOf(meeting, "MEETING_CANCELLED")).isZero();
    }

    private int notificationsOf(Meeting meeting, String kind) {
        return jdbc.queryForObject("select count(*) from notification where subject_id = ? and kind = ?", Integer.class,
                meeting.id().value(), kind);
    }

    @Test
    void answersAnUnknownMeetingWithNotFound() {
        assertThatThrownBy(() -> meetings.get(MeetingId.random())).isInstanceOf(NotFoundException.class);
    }

    private static PlanMeeting plan(Instant startsAt, Instant endsAt) {
        return new PlanMeeting(startsAt, endsAt, "Sporthal De Marslanden", VenueType.SPORTS_CLUB, false, null, true, null);
    }

    private int meetingsOf(TrajectoryId trajectoryId) {
        return jdbc.queryForObject("select count(*) from meeting where trajectory_id = ?", Integer.class, trajectoryId.value());
    }

    private static void assertViolation(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }

    private Setup trajectoryWithResidents(int residents) {
        Organisation welfare = organisations.save(new Organisation("Welzijn Zwolle", OrganisationKind.CARE_WELFARE_ORGANISATION));
        Person coordinator = people.save(Person.professional("Jeroen Bakker", null, null, welfare.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Ontmoeten in Holtenbroek", "Eenzaamheid",
                "Holtenbroek", TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.COMMUNICATION, welfare.id(),
                coordinator.id(), coordinator.id(), null, null));
        List<ParticipantId> participants = IntStream.range(0, residents)
                .mapToObj(i -> people.save(Person.resident("Inwoner " + i, null, null, null)))
                .map(resident -> trajectoryService.addParticipant(trajectory.id(), resident.id()).id())
                .toList();
        return new Setup(trajectory.id(), participants);
    }

    private record Setup(TrajectoryId trajectoryId, List<ParticipantId> residents) {
    }
}
