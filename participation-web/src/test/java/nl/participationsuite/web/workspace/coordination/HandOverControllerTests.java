package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
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

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.LeadershipHandover;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.trajectory.LeadershipHandoverWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(HandOverController.class)
@Import(HandOverControllerTests.AmsterdamClock.class)
class HandOverControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    LeadershipHandoverWorkflow handovers;

    @MockitoBean
    People people;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final Person sanne = Person.professional("Sanne Visser", null, null, Coordination.COORDINATOR.organisationId());

    private final Person anouk = Person.resident("Anouk Smit", null, null, null);

    private String path;

    @BeforeEach
    void theCoordinatorOfATrajectoryWithAColleagueAndAResident() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.mayHandOver(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), anyBoolean())).thenReturn(trajectory);
        when(trajectory.contactPersonId()).thenReturn(Coordination.COORDINATOR.id());
        when(trajectory.kind()).thenReturn(TrajectoryKind.ORGANISATION_PROJECT);
        Participant coordinator = participant(Coordination.COORDINATOR);
        Participant colleague = participant(sanne);
        Participant resident = participant(anouk);
        when(trajectory.activeParticipants()).thenReturn(List.of(coordinator, colleague, resident));
        when(people.findByIdIn(anyList())).thenReturn(List.of(Coordination.COORDINATOR, sanne, anouk));
        path = "/werkruimte/trajecten/" + trajectory.id() + "/overdragen";
    }

    @Test
    void offersTheProfessionalsTakingPartAndShowsTheHistory() throws Exception {
        LeadershipHandover earlier = Mockito.mock(LeadershipHandover.class);
        when(earlier.role()).thenReturn(LeadershipRole.CONTACT_PERSON);
        when(earlier.from()).thenReturn(sanne.id());
        when(earlier.to()).thenReturn(Coordination.COORDINATOR.id());
        when(earlier.handedOverBy()).thenReturn(Coordination.COORDINATOR.id());
        when(earlier.reason()).thenReturn("Sanne werkt nu in Deventer");
        when(earlier.handedOverAt()).thenReturn(Instant.parse("2026-11-20T10:15:00Z"));
        when(trajectories.handovers(trajectory.id())).thenReturn(List.of(earlier));

        String page = mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Coördinator of aanspreekpunt overdragen")
                .contains("<option value=\"" + sanne.id() + "\">Sanne Visser</option>")
                .doesNotContain("Anouk Smit")
                .contains("<label for=\"reason\">Waarom draagt u de rol over?</label>")
                .contains("Aanspreekpunt: van Sanne Visser naar Marieke de Vries, door Marieke de Vries.")
                .contains("Sanne werkt nu in Deventer")
                .contains("datetime=\"2026-11-20T11:15+01:00\"");
    }

    @Test
    void offersTheResidentsTakingPartInAResidentInitiative() throws Exception {
        when(trajectory.kind()).thenReturn(TrajectoryKind.RESIDENT_INITIATIVE);

        assertThat(mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"" + anouk.id() + "\">Anouk Smit (inwoner)</option>");
    }

    @Test
    void handsTheCoordinationOverAndGoesBackToTheTrajectory() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("role", "COORDINATOR")
                        .param("personId", sanne.id().toString()).param("reason", "Ik ga met verlof."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.coordinator-handed-over")));

        verify(handovers).handOver(trajectory.id(), Coordination.COORDINATOR.id(), true, LeadershipRole.COORDINATOR,
                sanne.id(), "Ik ga met verlof.");
    }

    @Test
    void tellsTheDomainWhenTheCallerHasNoCoordinatorRole() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("role", "CONTACT_PERSON")
                        .param("personId", sanne.id().toString()).param("reason", "Dichter bij de wijk."))
                .andExpect(status().isFound());

        verify(handovers).handOver(trajectory.id(), Coordination.COORDINATOR.id(), false, LeadershipRole.CONTACT_PERSON,
                sanne.id(), "Dichter bij de wijk.");
    }

    @Test
    void showsEachErrorNextToItsFieldWithoutHandingAnythingOver() throws Exception {
        String page = mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("personId", "iemand")
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Fout: ").contains("id=\"role-error\"").contains("id=\"personId-error\"")
                .contains("id=\"reason-error\"");

        // A control character is refused while the form is bound, before the other checks.
        String refused = mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("personId", "iemand")
                        .param("reason", "Verlof\u0007"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Fout: ").contains("id=\"reason-error\"").contains("onzichtbaar stuurteken");
        verify(handovers, never()).handOver(any(), any(), anyBoolean(), any(), any(), any());
    }

    @Test
    void showsTheDomainsRefusalOnThePersonField() throws Exception {
        when(handovers.handOver(any(), any(), anyBoolean(), any(), any(), any()))
                .thenThrow(new RuleViolationException("personId", "trajectory.handover-to-holder", "holds it"));

        assertThat(mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("role", "CONTACT_PERSON")
                        .param("personId", Coordination.COORDINATOR.id().toString()).param("reason", "Waarom niet"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"personId-error\"").contains("Deze persoon heeft deze rol al.");
    }

    @Test
    void refusesWhoMayNotHandOverAndHidesOtherTrajectories() throws Exception {
        when(trajectories.mayHandOver(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), anyBoolean()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("role", "COORDINATOR")
                .param("personId", sanne.id().toString()).param("reason", "x")).andExpect(status().isForbidden());

        TrajectoryId elsewhere = TrajectoryId.random();
        when(trajectories.mayHandOver(eq(elsewhere), any(), anyBoolean())).thenThrow(new NotFoundException("trajectory", elsewhere));
        mvc.perform(get("/werkruimte/trajecten/" + elsewhere + "/overdragen").with(Coordination.coordinator()))
                .andExpect(status().isNotFound());
        verify(handovers, never()).handOver(any(), any(), anyBoolean(), any(), any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("role", "COORDINATOR")
                .param("personId", sanne.id().toString()).param("reason", "x")).andExpect(status().isForbidden());
        verify(handovers, never()).handOver(any(), any(), anyBoolean(), any(), any(), any());
    }

    private static Participant participant(Person person) {
        Participant participant = Mockito.mock(Participant.class);
        when(participant.personId()).thenReturn(person.id());
        when(participant.isResident()).thenReturn(person.kind() == PersonKind.RESIDENT);
        return participant;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AmsterdamClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
