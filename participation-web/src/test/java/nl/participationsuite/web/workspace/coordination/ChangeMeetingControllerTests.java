package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The coordinator's page to change or cancel a meeting before it starts: two forms, field errors, a notice. */
@WebSliceTest(ChangeMeetingController.class)
@Import({ Dates.class, ChangeMeetingControllerTests.BeforeTheMeeting.class })
class ChangeMeetingControllerTests {

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

    private final Meeting meeting = mock(Meeting.class);

    private String path;

    @BeforeEach
    void aPlannedMeetingOfTheCoordinatorsTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(participants.activeProfessionals(trajectory))
                .thenReturn(List.of(new ResidentOptions.Option(UUID.randomUUID(), "Jeroen Bakker")));
        TrajectoryId trajectoryId = trajectory.id();
        when(meeting.id()).thenReturn(meetingId);
        when(meeting.trajectoryId()).thenReturn(trajectoryId);
        when(meeting.startsAt()).thenReturn(STARTS);
        when(meeting.endsAt()).thenReturn(STARTS.plusSeconds(5400));
        when(meeting.venueName()).thenReturn("Buurthuis De Schakel");
        when(meeting.venueType()).thenReturn(VenueType.NEIGHBOURHOOD_CENTRE);
        when(meeting.facilitatorName()).thenReturn("Jeroen Bakker");
        when(meeting.agenda()).thenReturn("Kennismaken");
        when(meeting.isChangeable(any())).thenReturn(true);
        when(meetings.get(meetingId)).thenReturn(meeting);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/bijeenkomsten/" + meetingId;
    }

    @Test
    void showsTheMeetingAsPlannedInTheChangeFormAndTheCancelFormWithItsReason() throws Exception {
        String page = html(mvc.perform(get(path + "/wijzigen").with(Coordination.coordinator())).andExpect(status().isOk()));

        assertThat(page).contains("<h1>Bijeenkomst wijzigen of afzeggen</h1>")
                .contains("action=\"" + path + "/wijzigen\"").contains("action=\"" + path + "/afzeggen\"")
                .contains("value=\"2026-12-03\"").contains("value=\"19:30\"").contains("value=\"21:00\"")
                .contains("value=\"Buurthuis De Schakel\"").contains(">Kennismaken</textarea>")
                .contains("<label for=\"reason\">Reden</label>").contains("id=\"reason-hint\"")
                .contains("Bijeenkomst afzeggen");
    }

    @Test
    void changesTheMeetingInAmsterdamTimeAndSaysSo() throws Exception {
        mvc.perform(post(path + "/wijzigen").with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-04").param("startTime", "19:00").param("endTime", "20:30")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek Dalfsen")
                        .param("facilitatorName", "Jeroen Bakker").param("plainLanguageChecked", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.meeting-changed")));

        verify(meetings).change(meetingId, new PlanMeeting(Instant.parse("2026-12-04T18:00:00Z"),
                Instant.parse("2026-12-04T19:30:00Z"), "Bibliotheek Dalfsen", VenueType.LIBRARY, false, "Jeroen Bakker",
                true, null, null));
    }

    @Test
    void readsAnEndOfMidnightAsTheEndOfTheDaySoAMeetingUntilMidnightCanBeChangedAsShown() throws Exception {
        mvc.perform(post(path + "/wijzigen").with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-04").param("startTime", "22:00").param("endTime", "00:00")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek Dalfsen")
                        .param("facilitatorName", "Jeroen Bakker").param("plainLanguageChecked", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()));

        verify(meetings).change(meetingId, new PlanMeeting(Instant.parse("2026-12-04T21:00:00Z"),
                Instant.parse("2026-12-04T23:00:00Z"), "Bibliotheek Dalfsen", VenueType.LIBRARY, false, "Jeroen Bakker",
                true, null, null));
    }

    @Test
    void showsEachErrorOfTheChangeNextToItsFieldAndChangesNothing() throws Exception {
        String page = html(mvc.perform(post(path + "/wijzigen").with(Coordination.coordinator()).with(csrf())
                        .param("date", "morgen").param("startTime", "19:00").param("endTime", "20:30").param("venueName", ""))
                .andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: ").contains("<a href=\"#date\">Datum – Vul een geldige datum in.</a>")
                .contains("id=\"venueType-error\"").contains("id=\"venueName-error\"").contains("aria-invalid=\"true\"");
        verify(meetings, never()).change(any(), any());
    }

    @Test
    void putsTheDomainsRuleOnTheTimeItIsAbout() throws Exception {
        when(meetings.change(any(), any()))
                .thenThrow(new RuleViolationException("startsAt", "meeting.in-the-past", "in the past"));

        String page = html(mvc.perform(post(path + "/wijzigen").with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-11-01").param("startTime", "19:00").param("endTime", "20:30")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek"))
                .andExpect(status().isOk()));

        assertThat(page).contains("id=\"startTime-error\"").contains("Dit moment is al voorbij.")
                .contains("value=\"2026-11-01\"");
    }

    @Test
    void cancelsWithTheReasonAndSaysSo() throws Exception {
        mvc.perform(post(path + "/afzeggen").with(Coordination.coordinator()).with(csrf())
                        .param("reason", "De zaal is niet beschikbaar"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.meeting-cancelled")));

        verify(meetings).cancel(meetingId, "De zaal is niet beschikbaar");
    }

    @Test
    void refusesACancellationWithoutAReasonOrWithALineBreakOnTheField() throws Exception {
        String page = html(mvc.perform(post(path + "/afzeggen").with(Coordination.coordinator()).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk()));
        assertThat(page).contains("<title>Fout: ").contains("<a href=\"#reason\">Reden – Vul dit veld in.</a>")
                .contains("id=\"reason-error\"");
        verify(meetings, never()).cancel(any(), anyString());

        when(meetings.cancel(any(), anyString()))
                .thenThrow(new RuleViolationException("reason", "text.line-break", "line break"));
        assertThat(html(mvc.perform(post(path + "/afzeggen").with(Coordination.coordinator()).with(csrf())
                        .param("reason", "Eerste\nTweede"))
                .andExpect(status().isOk()))).contains("id=\"reason-error\"").contains("Dit veld is één regel.");
    }

    @Test
    void saysNothingChangedWhenTheMeetingStartedOrWasCancelledMeanwhile() throws Exception {
        when(meetings.cancel(any(), anyString()))
                .thenThrow(new StateConflictException(Meeting.CANCELLED, "cancelled"));
        when(meeting.isChangeable(any())).thenReturn(false);

        String page = html(mvc.perform(post(path + "/afzeggen").with(Coordination.coordinator()).with(csrf())
                        .param("reason", "Nog eens"))
                .andExpect(status().isOk()));

        assertThat(page).contains("id=\"conflict\"").contains("De bijeenkomst is al afgezegd. Er is niets veranderd.")
                .contains("id=\"not-changeable\"").doesNotContain("action=\"" + path + "/afzeggen\"");
    }

    @Test
    void showsNoFormsForAMeetingThatCanNoLongerBeChanged() throws Exception {
        when(meeting.isChangeable(any())).thenReturn(false);
        when(meeting.isCancelled()).thenReturn(true);
        when(meeting.cancellationReason()).thenReturn("Ziekte");

        String page = html(mvc.perform(get(path + "/wijzigen").with(Coordination.coordinator())).andExpect(status().isOk()));

        assertThat(page).contains("Afgezegd: Ziekte").contains("id=\"not-changeable\"")
                .doesNotContain("action=\"" + path + "/wijzigen\"").doesNotContain("action=\"" + path + "/afzeggen\"");
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherTrajectoriesMeetings() throws Exception {
        when(meeting.trajectoryId()).thenReturn(TrajectoryId.random());
        mvc.perform(get(path + "/wijzigen").with(Coordination.coordinator())).andExpect(status().isNotFound());

        Mockito.reset(trajectories);
        when(trajectories.coordinatedBy(any(), any())).thenThrow(Coordination.notTheCoordinator());
        mvc.perform(post(path + "/afzeggen").with(Coordination.professional()).with(csrf()).param("reason", "Weg"))
                .andExpect(status().isForbidden());
        Mockito.doThrow(new NotFoundException("trajectory", "elsewhere")).when(trajectories).coordinatedBy(any(), any());
        mvc.perform(get(path + "/wijzigen").with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(meetings, never()).cancel(any(), anyString());
        verify(meetings, never()).change(any(), any());
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class BeforeTheMeeting {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
