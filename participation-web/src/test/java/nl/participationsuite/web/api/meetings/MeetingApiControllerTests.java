package nl.participationsuite.web.api.meetings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.MeetingSummary;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The meetings of a trajectory in the API, and a participant's answer to one; nobody else's. */
@WebSliceTest(MeetingApiController.class)
class MeetingApiControllerTests {

    private static final Instant STARTS = Instant.parse("2026-12-03T18:30:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final ParticipantId myself = ParticipantId.random();

    private final MeetingId meetingId = MeetingId.random();

    @BeforeEach
    void aProfessionalTakingPartInTheTrajectory() {
        when(currentPerson.get()).thenReturn(me);
        when(trajectories.visibleTo(any(TrajectoryId.class), any())).thenThrow(new NotFoundException("trajectory", "x"));
        Trajectory trajectory = mock(Trajectory.class);
        Participant participant = mock(Participant.class);
        when(participant.id()).thenReturn(myself);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.participantOf(me.id())).thenReturn(Optional.of(participant));
        org.mockito.Mockito.doReturn(trajectory).when(trajectories).visibleTo(trajectoryId, me.id());
        Meeting meeting = mock(Meeting.class);
        when(meeting.id()).thenReturn(meetingId);
        when(meeting.trajectoryId()).thenReturn(trajectoryId);
        when(meeting.startsAt()).thenReturn(STARTS);
        when(meeting.venueName()).thenReturn("Bibliotheek");
        when(meetings.get(meetingId)).thenReturn(meeting);
    }

    @Test
    void listsTheUpcomingMeetingsWithMyAnswerAndThePastOnesOnRequest() throws Exception {
        when(meetings.upcoming(List.of(trajectoryId))).thenReturn(List.of(new MeetingSummary(meetingId, trajectoryId,
                STARTS, STARTS.plusSeconds(5400), "Bibliotheek", VenueType.LIBRARY, true, "Sanne de Wit", "Welkom",
                "Lift", null)));
        MeetingReply reply = mock(MeetingReply.class);
        when(reply.meetingId()).thenReturn(meetingId);
        when(reply.answer()).thenReturn(ReplyAnswer.MAYBE);
        when(meetings.replies(List.of(meetingId), List.of(myself))).thenReturn(List.of(reply));

        mvc.perform(get(path()).with(professional()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(meetingId.toString()))
                .andExpect(jsonPath("$[0].venueType").value("LIBRARY"))
                .andExpect(jsonPath("$[0].accessibilityNotes").value("Lift"))
                .andExpect(jsonPath("$[0].startsAt").value("2026-12-03T18:30:00Z"))
                .andExpect(jsonPath("$[0].myAnswer").value("MAYBE"));

        when(meetings.past(eq(List.of(trajectoryId)), anyInt())).thenReturn(List.of());
        mvc.perform(get(path() + "?past=true").with(professional())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void recordsMyAnswer() throws Exception {
        MeetingReply reply = mock(MeetingReply.class);
        when(reply.answer()).thenReturn(ReplyAnswer.YES);
        when(meetings.reply(meetingId, myself, ReplyAnswer.YES)).thenReturn(reply);

        mvc.perform(put(path() + "/" + meetingId + "/reply").with(professional())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"YES\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.myAnswer").value("YES"));
    }

    @Test
    void refusesAMissingAnswerAndOneAfterTheMeetingAsProblems() throws Exception {
        mvc.perform(put(path() + "/" + meetingId + "/reply").with(professional())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        when(meetings.reply(meetingId, myself, ReplyAnswer.NO))
                .thenThrow(new RuleViolationException("answer", "meeting.reply-after-meeting", "the meeting is over"));
        mvc.perform(put(path() + "/" + meetingId + "/reply").with(professional())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"NO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void anotherTrajectoryOrItsMeetingIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/trajectories/" + TrajectoryId.random() + "/meetings").with(professional()))
                .andExpect(status().isNotFound());
        MeetingId elsewhere = MeetingId.random();
        Meeting theirs = mock(Meeting.class);
        when(theirs.trajectoryId()).thenReturn(TrajectoryId.random());
        when(meetings.get(elsewhere)).thenReturn(theirs);
        mvc.perform(put(path() + "/" + elsewhere + "/reply").with(professional())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"YES\"}"))
                .andExpect(status().isNotFound());
        verify(meetings, never()).reply(any(), any(), any());
        verify(meetings, never()).upcoming(anyCollection());
    }

    private String path() {
        return "/api/v1/trajectories/" + trajectoryId + "/meetings";
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor professional() {
        return jwt().authorities(Role.PROFESSIONAL.authority());
    }
}
