package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.meetings.AttendanceStatus;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.RecordAttendance;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** After a meeting the coordinator records who came and short minutes, next to what each participant answered. */
@WebSliceTest(MeetingOutcomeController.class)
@Import({ Dates.class, MeetingOutcomeControllerTests.AfterTheMeeting.class })
class MeetingOutcomeControllerTests {

    private static final Instant STARTS = Instant.parse("2026-12-03T18:30:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    ResidentOptions participants;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final MeetingId meetingId = MeetingId.random();

    private final UUID anouk = UUID.randomUUID();

    private final UUID jeroen = UUID.randomUUID();

    private String path;

    @BeforeEach
    void aMeetingOfTheCoordinatorsTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(participants.activeResidents(trajectory)).thenReturn(List.of(new ResidentOptions.Option(anouk, "Anouk Jansen")));
        when(participants.activeProfessionals(trajectory))
                .thenReturn(List.of(new ResidentOptions.Option(jeroen, "Jeroen Bakker")));
        Meeting meeting = mock(Meeting.class);
        TrajectoryId trajectoryId = trajectory.id();
        when(meeting.id()).thenReturn(meetingId);
        when(meeting.trajectoryId()).thenReturn(trajectoryId);
        when(meeting.startsAt()).thenReturn(STARTS);
        when(meeting.venueName()).thenReturn("Buurthuis De Schakel");
        when(meeting.venueType()).thenReturn(VenueType.NEIGHBOURHOOD_CENTRE);
        when(meeting.hasStarted(any())).thenReturn(true);
        when(meetings.get(meetingId)).thenReturn(meeting);
        MeetingReply yes = mock(MeetingReply.class);
        when(yes.participantId()).thenReturn(new ParticipantId(anouk));
        when(yes.answer()).thenReturn(ReplyAnswer.YES);
        when(meetings.replies(meetingId)).thenReturn(List.of(yes));
        path = "/werkruimte/trajecten/" + trajectory.id() + "/bijeenkomsten/" + meetingId + "/verslag";
    }

    @Test
    void showsEveryParticipantWithTheirAnswerAndTheMinutesField() throws Exception {
        String page = html(mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isOk()));

        assertThat(page).contains("Wie kwam er, en wat is besproken?")
                .contains("<legend>Anouk Jansen (inwoner)</legend>").contains("Antwoordde: ik kom.")
                .contains("<legend>Jeroen Bakker</legend>").contains("Gaf geen antwoord op de uitnodiging.")
                .contains("name=\"status-" + anouk + "\"").contains("value=\"PRESENT\"")
                .contains("<textarea id=\"minutes\" name=\"minutes\"");
    }

    @Test
    void recordsWhoCameAndTheMinutesInOneAction() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("status-" + anouk, "PRESENT").param("status-" + jeroen, "")
                        .param("minutes", "We kozen de speelplek."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.meeting-recorded")));

        verify(meetings).recordOutcome(meetingId,
                List.of(new RecordAttendance(new ParticipantId(anouk), AttendanceStatus.PRESENT)), "We kozen de speelplek.");
    }

    @Test
    void showsTheDomainsRefusalAndKeepsWhatWasChosen() throws Exception {
        when(meetings.recordOutcome(eq(meetingId), any(), any()))
                .thenThrow(new RuleViolationException("minutes", "meeting.minutes-before-start", "too early"));

        String page = html(mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("status-" + anouk, "EXCUSED").param("minutes", "Te vroeg"))
                .andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: ").contains("id=\"minutes-error\"")
                .contains("Een verslag schrijft u als de bijeenkomst begonnen is.")
                .contains("id=\"status-1-EXCUSED\" value=\"EXCUSED\" checked=\"checked\"");
    }

    @Test
    void refusesAnUnknownStatusAndMinutesThatAreTooLong() throws Exception {
        String page = html(mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("status-" + anouk, "SLEEPING").param("minutes", "x".repeat(Meeting.MAXIMUM_MINUTES + 1)))
                .andExpect(status().isOk()));

        assertThat(page).contains("Kies voor iedereen een van de mogelijkheden.").contains("id=\"minutes-error\"");
        verify(meetings, never()).recordOutcome(any(), any(), any());
    }

    @Test
    void aMeetingOfAnotherTrajectoryIsNotFoundAndOnlyTheCoordinatorRecords() throws Exception {
        MeetingId elsewhere = MeetingId.random();
        Meeting theirs = mock(Meeting.class);
        when(theirs.trajectoryId()).thenReturn(TrajectoryId.random());
        when(meetings.get(elsewhere)).thenReturn(theirs);
        mvc.perform(get("/werkruimte/trajecten/" + trajectory.id() + "/bijeenkomsten/" + elsewhere + "/verslag")
                .with(Coordination.coordinator())).andExpect(status().isNotFound());

        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("minutes", "x"))
                .andExpect(status().isForbidden());
        verify(meetings, never()).recordOutcome(any(), any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("minutes", "x")).andExpect(status().isForbidden());
        verify(meetings, never()).recordOutcome(any(), any(), any());
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AfterTheMeeting {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T21:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
