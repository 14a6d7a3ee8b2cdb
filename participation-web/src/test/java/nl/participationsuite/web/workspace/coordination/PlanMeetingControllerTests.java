package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ResidentPreferences;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(PlanMeetingController.class)
@Import(PlanMeetingControllerTests.AmsterdamClock.class)
class PlanMeetingControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    ResidentOptions participants;

    @MockitoBean
    MotivationService motivations;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private String path;

    @BeforeEach
    void aCoordinatorOfTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(participants.activeProfessionals(trajectory))
                .thenReturn(List.of(new ResidentOptions.Option(UUID.randomUUID(), "Jeroen Bakker")));
        path = "/werkruimte/trajecten/" + trajectory.id() + "/bijeenkomsten/nieuw";
        // Three residents said when they can: all in the evening, one also in the weekend.
        // Two named kinds of venue: a neighbourhood centre, or a library.
        when(motivations.residentPreferences(trajectory.id())).thenReturn(ResidentPreferences.of(List.of(
                Set.of(PreferredTime.EVENING, PreferredTime.WEEKEND), Set.of(PreferredTime.EVENING),
                Set.of(PreferredTime.EVENING)), List.of(Set.of(VenueType.NEIGHBOURHOOD_CENTRE),
                Set.of(VenueType.LIBRARY, VenueType.NEIGHBOURHOOD_CENTRE))));
    }

    @Test
    void showsWhenTheResidentsSaidTheyCan() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wanneer kunnen de inwoners?")))
                .andExpect(content().string(containsString("3 inwoner(s) lieten weten wanneer ze kunnen:")))
                .andExpect(content().string(containsString("<li>Avond: 3 van 3</li>")))
                .andExpect(content().string(containsString("<li>Ochtend: 0 van 3</li>")))
                .andExpect(content().string(containsString("<li>Bibliotheek: 1 van 2</li>")))
                .andExpect(content().string(containsString("id=\"accessibilityNotes\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"time-warning\""))));
    }

    @Test
    void warnsWhenNoResidentChoseTheKindOfVenue() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-03").param("startTime", "19:30").param("endTime", "21:00")
                        .param("venueType", "INSTITUTION").param("venueName", "Gemeentehuis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<li id=\"venue-warning\">Geen van de 2 inwoners die een soort plek kozen, koos voor: "
                                + "Een gebouw van de gemeente of een organisatie.</li>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("inwoners kunnen dan."))));
        verify(meetings, never()).plan(any(), any());
    }

    @Test
    void warnsWhenTheMeetingFallsOutsideTheResidentsTimesAndPlansItOnceConfirmed() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-03").param("startTime", "10:00").param("endTime", "11:30")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"time-warning\"")))
                .andExpect(content().string(containsString("Ochtend: 0 van de 3 inwoners kunnen dan.")))
                .andExpect(content().string(containsString("name=\"plannedAnyway\"")))
                .andExpect(content().string(containsString("value=\"10:00\"")));
        verify(meetings, never()).plan(any(), any());

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-03").param("startTime", "10:00").param("endTime", "11:30")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek")
                        .param("accessibilityNotes", "Lift naar de eerste verdieping").param("plannedAnyway", "true"))
                .andExpect(status().isFound());
        verify(meetings).plan(trajectory.id(), new PlanMeeting(Instant.parse("2026-12-03T09:00:00Z"),
                Instant.parse("2026-12-03T10:30:00Z"), "Bibliotheek", VenueType.LIBRARY, false, null, false, null,
                "Lift naar de eerste verdieping"));
    }

    @Test
    void showsTheFormWithDateAndTimeFieldsAndThePlainLanguageCheck() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een bijeenkomst plannen")))
                .andExpect(content().string(containsString("type=\"date\" id=\"date\"")))
                .andExpect(content().string(containsString("type=\"time\" id=\"startTime\"")))
                .andExpect(content().string(containsString("Buurthuis of dorpshuis")))
                .andExpect(content().string(containsString("<option value=\"Jeroen Bakker\">")))
                .andExpect(content().string(containsString("De uitnodiging en de agenda zijn gecontroleerd op eenvoudige taal")));
    }

    @Test
    void plansTheMeetingInAmsterdamTime() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-03").param("startTime", "19:30").param("endTime", "21:00")
                        .param("venueType", "NEIGHBOURHOOD_CENTRE").param("venueName", "Buurthuis De Schakel")
                        .param("facilitatorName", "Jeroen Bakker").param("plainLanguageChecked", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.meeting-planned")));

        verify(meetings).plan(trajectory.id(), new PlanMeeting(Instant.parse("2026-12-03T18:30:00Z"),
                Instant.parse("2026-12-03T20:00:00Z"), "Buurthuis De Schakel", VenueType.NEIGHBOURHOOD_CENTRE, false,
                "Jeroen Bakker", true, null));
    }

    @Test
    void plansAMeetingUntilMidnightAndKeepsAnyOtherEndOnItsDayForTheDomainToJudge() throws Exception {
        for (String[] times : new String[][] { { "00:00", "2026-12-03T23:00:00Z" }, { "01:00", "2026-12-03T00:00:00Z" } }) {
            mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                            .param("date", "2026-12-03").param("startTime", "22:00").param("endTime", times[0])
                            .param("venueType", "NEIGHBOURHOOD_CENTRE").param("venueName", "Buurthuis De Schakel")
                            .param("facilitatorName", "Jeroen Bakker").param("plainLanguageChecked", "true"))
                    .andExpect(status().isFound());
            verify(meetings).plan(trajectory.id(), new PlanMeeting(Instant.parse("2026-12-03T21:00:00Z"),
                    Instant.parse(times[1]), "Buurthuis De Schakel", VenueType.NEIGHBOURHOOD_CENTRE, false,
                    "Jeroen Bakker", true, null));
        }
    }

    @Test
    void showsEachErrorNextToItsField() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("date", "morgen").param("venueName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fout: ")))
                .andExpect(content().string(containsString("<a href=\"#date\">Datum – Vul een geldige datum in.</a>")))
                .andExpect(content().string(containsString("id=\"startTime-error\"")))
                .andExpect(content().string(containsString("id=\"venueType-error\"")))
                .andExpect(content().string(containsString("id=\"venueName-error\"")));
        verify(meetings, never()).plan(any(), any());
    }

    @Test
    void putsTheDomainsRuleOnTheTimeItIsAbout() throws Exception {
        when(meetings.plan(eq(trajectory.id()), any()))
                .thenThrow(new RuleViolationException("endsAt", "meeting.ends-before-start", "ends before it starts"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("date", "2026-12-03").param("startTime", "21:00").param("endTime", "19:30")
                        .param("venueType", "LIBRARY").param("venueName", "Bibliotheek"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endTime-error\"")))
                .andExpect(content().string(containsString("De eindtijd moet later zijn dan de begintijd.")))
                .andExpect(content().string(containsString("value=\"21:00\"")));
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherTrajectories() throws Exception {
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());

        Mockito.reset(trajectories);
        when(trajectories.coordinatedBy(any(), any())).thenThrow(new NotFoundException("trajectory", "elsewhere"));
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(meetings, never()).plan(any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("date", "2026-12-03")).andExpect(status().isForbidden());
        verify(meetings, never()).plan(any(), any());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AmsterdamClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
