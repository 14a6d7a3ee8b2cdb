package nl.participationsuite.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing and cancelling a planned meeting: only before it starts, by the rules of planning; a cancelled one is done. */
class MeetingChangeAndCancellationTests {

    private static final Instant PLANNED_AT = Instant.parse("2026-11-29T10:00:00Z");

    private static final Instant STARTS = Instant.parse("2026-12-03T18:30:00Z");

    private static final Instant ENDS = Instant.parse("2026-12-03T20:00:00Z");

    private final Trajectory trajectory = mock(Trajectory.class);

    private final ParticipantId resident = ParticipantId.random();

    private Meeting meeting;

    @BeforeEach
    void aPlannedMeeting() {
        when(trajectory.id()).thenReturn(TrajectoryId.random());
        Participant taking = mock(Participant.class);
        when(taking.isActive()).thenReturn(true);
        when(trajectory.participant(resident)).thenReturn(taking);
        meeting = new Meeting(trajectory, plan(STARTS, ENDS, "Buurthuis De Schakel"), PLANNED_AT);
    }

    private static PlanMeeting plan(Instant starts, Instant ends, String venue) {
        return new PlanMeeting(starts, ends, venue, VenueType.NEIGHBOURHOOD_CENTRE, true, "Sanne de Wit", true,
                "Kennismaken", "Rolstoeltoegankelijk");
    }

    @Test
    void aPlannedMeetingStartsAtCalendarSequenceZero() {
        assertThat(meeting.calendarSequence()).isZero();
        assertThat(meeting.isCancelled()).isFalse();
        assertThat(meeting.isChangeable(PLANNED_AT)).isTrue();
    }

    @Test
    void changesEveryPlannedFieldAndRaisesTheCalendarSequence() {
        Instant later = STARTS.plusSeconds(86_400);
        meeting.change(trajectory, new PlanMeeting(later, later.plusSeconds(3600), "Bibliotheek Dalfsen",
                VenueType.LIBRARY, false, "Piet Jansen", false, "Nieuwe agenda", "Ringleiding"), PLANNED_AT);
        assertThat(meeting.startsAt()).isEqualTo(later);
        assertThat(meeting.endsAt()).isEqualTo(later.plusSeconds(3600));
        assertThat(meeting.venueName()).isEqualTo("Bibliotheek Dalfsen");
        assertThat(meeting.venueType()).isEqualTo(VenueType.LIBRARY);
        assertThat(meeting.neutralFacilitator()).isFalse();
        assertThat(meeting.facilitatorName()).isEqualTo("Piet Jansen");
        assertThat(meeting.agenda()).isEqualTo("Nieuwe agenda");
        assertThat(meeting.accessibilityNotes()).isEqualTo("Ringleiding");
        assertThat(meeting.calendarSequence()).isEqualTo(1);
        meeting.change(trajectory, plan(later, later.plusSeconds(7200), "Bibliotheek Dalfsen"), PLANNED_AT);
        assertThat(meeting.calendarSequence()).isEqualTo(2);
    }

    @Test
    void refusesAChangeByTheRulesOfPlanningAndKeepsWhatWasPlanned() {
        assertThatThrownBy(() -> meeting.change(trajectory, plan(PLANNED_AT.minusSeconds(60), ENDS, "Elders"), PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.in-the-past"));
        assertThatThrownBy(() -> meeting.change(trajectory, plan(STARTS, STARTS, "Elders"), PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.ends-before-start"));
        assertThatThrownBy(() -> meeting.change(trajectory, plan(STARTS, ENDS, "Twee\nregels"), PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("venueName"));
        assertThat(meeting.venueName()).isEqualTo("Buurthuis De Schakel");
        assertThat(meeting.startsAt()).isEqualTo(STARTS);
        assertThat(meeting.calendarSequence()).isZero();
    }

    @Test
    void refusesAChangeOfAClosedTrajectory() {
        doThrow(new RuleViolationException("trajectory", "trajectory.closed", "closed")).when(trajectory).requireOpen();
        assertThatThrownBy(() -> meeting.change(trajectory, plan(STARTS, ENDS, "Elders"), PLANNED_AT))
                .isInstanceOf(RuleViolationException.class);
        assertThat(meeting.venueName()).isEqualTo("Buurthuis De Schakel");
    }

    @Test
    void refusesToChangeOrCancelAMeetingThatHasStarted() {
        assertThatThrownBy(() -> meeting.change(trajectory, plan(ENDS.plusSeconds(60), ENDS.plusSeconds(3600), "Elders"),
                STARTS)).isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.STARTED));
        assertThatThrownBy(() -> meeting.cancel(trajectory, "Te weinig aanmeldingen", STARTS.plusSeconds(1)))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.STARTED));
        assertThat(meeting.isCancelled()).isFalse();
        assertThat(meeting.isChangeable(STARTS)).isFalse();
    }

    @Test
    void cancelsWithAReasonAndRaisesTheCalendarSequence() {
        meeting.cancel(trajectory, "  De zaal is niet beschikbaar ", PLANNED_AT);
        assertThat(meeting.isCancelled()).isTrue();
        assertThat(meeting.cancelledAt()).isEqualTo(PLANNED_AT);
        assertThat(meeting.cancellationReason()).isEqualTo("De zaal is niet beschikbaar");
        assertThat(meeting.calendarSequence()).isEqualTo(1);
        assertThat(meeting.isChangeable(PLANNED_AT)).isFalse();
    }

    @Test
    void refusesACancellationWithoutAOneLineReason() {
        assertThatThrownBy(() -> meeting.cancel(trajectory, "  ", PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("reason");
                    assertThat(ex.code()).isEqualTo("required");
                });
        assertThatThrownBy(() -> meeting.cancel(trajectory, "Eerste regel\ntweede regel", PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("text.line-break"));
        assertThatThrownBy(() -> meeting.cancel(trajectory, "x".repeat(Meeting.MAXIMUM_CANCELLATION_REASON + 1), PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("too-long"));
        assertThat(meeting.isCancelled()).isFalse();
        assertThat(meeting.calendarSequence()).isZero();
    }

    @Test
    void aCancelledMeetingIsNotChangedCancelledAnsweredOrAttended() {
        meeting.cancel(trajectory, "Ziekte van de gespreksleider", PLANNED_AT);
        assertThatThrownBy(() -> meeting.change(trajectory, plan(STARTS, ENDS, "Elders"), PLANNED_AT))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.CANCELLED));
        assertThatThrownBy(() -> meeting.cancel(trajectory, "Nog eens", PLANNED_AT))
                .isInstanceOfSatisfying(StateConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Meeting.CANCELLED));
        assertThatThrownBy(() -> meeting.reply(trajectory, resident, ReplyAnswer.YES, null, PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.cancelled"));
        assertThatThrownBy(() -> meeting.recordAttendance(trajectory,
                List.of(new RecordAttendance(resident, AttendanceStatus.PRESENT)), STARTS.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.cancelled"));
        assertThatThrownBy(() -> meeting.recordMinutes("Wat besproken is", STARTS.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.cancelled"));
        assertThat(meeting.calendarSequence()).isEqualTo(1);
    }
}
