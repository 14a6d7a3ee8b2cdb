package nl.participationsuite.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who answers a meeting's invitation and until when, and when its minutes can be recorded: the meeting's rules. */
class MeetingRepliesAndMinutesTests {

    private static final Instant PLANNED_AT = Instant.parse("2026-11-29T10:00:00Z");

    private static final Instant STARTS = Instant.parse("2026-12-03T18:30:00Z");

    private static final Instant ENDS = Instant.parse("2026-12-03T20:00:00Z");

    private final Trajectory trajectory = mock(Trajectory.class);

    private final ParticipantId resident = ParticipantId.random();

    private final ParticipantId steppedBack = ParticipantId.random();

    private Meeting meeting;

    @BeforeEach
    void aPlannedMeeting() {
        when(trajectory.id()).thenReturn(TrajectoryId.random());
        Participant taking = participant(resident, true);
        Participant gone = participant(steppedBack, false);
        when(trajectory.participant(resident)).thenReturn(taking);
        when(trajectory.participant(steppedBack)).thenReturn(gone);
        meeting = new Meeting(trajectory, new PlanMeeting(STARTS, ENDS, "Buurthuis De Schakel",
                VenueType.NEIGHBOURHOOD_CENTRE, true, "Sanne de Wit", true, "Kennismaken", "Rolstoeltoegankelijk"),
                PLANNED_AT);
    }

    @Test
    void aParticipantAnswersAndChangesTheirAnswerUntilTheMeetingIsOver() {
        MeetingReply reply = meeting.reply(trajectory, resident, ReplyAnswer.MAYBE, null, PLANNED_AT);
        assertThat(reply.answer()).isEqualTo(ReplyAnswer.MAYBE);
        assertThat(reply.meetingId()).isEqualTo(meeting.id());

        Instant duringTheMeeting = STARTS.plusSeconds(600);
        MeetingReply changed = meeting.reply(trajectory, resident, ReplyAnswer.YES, reply, duringTheMeeting);
        assertThat(changed).isSameAs(reply);
        assertThat(changed.answer()).isEqualTo(ReplyAnswer.YES);
        assertThat(changed.repliedAt()).isEqualTo(duringTheMeeting);
    }

    @Test
    void refusesAnAnswerOnceTheMeetingIsOver() {
        assertThatThrownBy(() -> meeting.reply(trajectory, resident, ReplyAnswer.YES, null, ENDS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.reply-after-meeting"));
    }

    @Test
    void refusesAnAnswerOfSomeoneWhoSteppedBack() {
        assertThatThrownBy(() -> meeting.reply(trajectory, steppedBack, ReplyAnswer.YES, null, PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.reply-not-taking-part"));
    }

    @Test
    void refusesAnAnswerOfSomeoneOutsideTheTrajectory() {
        ParticipantId stranger = ParticipantId.random();
        when(trajectory.participant(stranger))
                .thenThrow(new RuleViolationException("participantId", "participant.unknown", "unknown"));
        assertThatThrownBy(() -> meeting.reply(trajectory, stranger, ReplyAnswer.NO, null, PLANNED_AT))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnAnswerWithoutAnAnswer() {
        assertThatThrownBy(() -> meeting.reply(trajectory, resident, null, null, PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("answer"));
    }

    @Test
    void refusesAnAnswerThroughAnotherTrajectory() {
        Trajectory other = mock(Trajectory.class);
        when(other.id()).thenReturn(TrajectoryId.random());
        assertThatThrownBy(() -> meeting.reply(other, resident, ReplyAnswer.YES, null, PLANNED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsMinutesOnlyOnceTheMeetingHasStarted() {
        assertThatThrownBy(() -> meeting.recordMinutes("We spraken over de speeltuin.", STARTS.minusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("meeting.minutes-before-start"));
        assertThat(meeting.minutes()).isNull();

        meeting.recordMinutes("  We spraken over de speeltuin.  ", STARTS);
        assertThat(meeting.minutes()).isEqualTo("We spraken over de speeltuin.");
    }

    @Test
    void refusesMinutesThatAreTooLong() {
        assertThatThrownBy(() -> meeting.recordMinutes("x".repeat(Meeting.MAXIMUM_MINUTES + 1), ENDS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("minutes"));
    }

    @Test
    void keepsTheAccessibilityNotes() {
        assertThat(meeting.accessibilityNotes()).isEqualTo("Rolstoeltoegankelijk");
        assertThatThrownBy(() -> new Meeting(trajectory, new PlanMeeting(STARTS, ENDS, "Buurthuis",
                VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, null, "x".repeat(1001)), PLANNED_AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("accessibilityNotes"));
    }

    private static Participant participant(ParticipantId id, boolean active) {
        Participant participant = mock(Participant.class);
        when(participant.id()).thenReturn(id);
        when(participant.isActive()).thenReturn(active);
        return participant;
    }
}
