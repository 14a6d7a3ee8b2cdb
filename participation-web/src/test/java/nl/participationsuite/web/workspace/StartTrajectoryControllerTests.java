package nl.participationsuite.web.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(StartTrajectoryController.class)
class StartTrajectoryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    TrajectoryService trajectories;

    private final Person coordinator = Person.professional("Marieke de Vries", null, "s", OrganisationId.random());

    private final Person colleague = Person.professional("Jeroen Bakker", null, null, coordinator.organisationId());

    private final Person resident = Person.resident("Anouk Smit", null, null, null);

    @BeforeEach
    void aLinkedCoordinator() {
        when(currentPerson.get()).thenReturn(coordinator);
        when(trajectories.leaderCandidates(eq(coordinator.id()), anyBoolean(), anyInt()))
                .thenReturn(List.of(colleague, coordinator, resident));
    }

    @Test
    void offersTheOrganisationsProfessionalsAndItsResidentsWithTheStarterChosen() throws Exception {
        String page = mvc.perform(get("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label for=\"coordinatorId\">Coördinator</label>")
                .contains("<label for=\"contactPersonId\">Vast aanspreekpunt voor inwoners</label>")
                .contains("<option value=\"" + coordinator.id() + "\" selected=\"selected\">Marieke de Vries</option>")
                .contains("<option value=\"" + colleague.id() + "\">Jeroen Bakker</option>")
                .contains("label=\"Inwoners die meedoen aan trajecten van uw organisatie\"")
                .contains("Anouk Smit")
                .contains("id=\"minimumChannelsJustification\"");
    }

    @Test
    void startsWithTheChosenCoordinatorContactPersonAndJustification() throws Exception {
        Trajectory started = Mockito.mock(Trajectory.class);
        when(started.id()).thenReturn(TrajectoryId.random());
        when(workflow.start(any())).thenReturn(started);

        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen gezond in Lemelerveld").param("topic", "Gezondheid").param("area", "Lemelerveld")
                        .param("kind", "RESIDENT_INITIATIVE").param("intendedLevel", "PARTICIPATION")
                        .param("coordinatorId", resident.id().toString()).param("contactPersonId", colleague.id().toString())
                        .param("minimumChannels", "1").param("minimumChannelsJustification", "Alleen de dorpsraad."))
                .andExpect(status().isFound());

        ArgumentCaptor<StartTrajectory> start = ArgumentCaptor.forClass(StartTrajectory.class);
        verify(workflow).start(start.capture());
        assertThat(start.getValue().coordinatorId()).isEqualTo(resident.id());
        assertThat(start.getValue().contactPersonId()).isEqualTo(colleague.id());
        assertThat(start.getValue().minimumChannels()).isEqualTo(1);
        assertThat(start.getValue().minimumChannelsJustification()).isEqualTo("Alleen de dorpsraad.");
    }

    @Test
    void showsTheRecruitmentChannelRuleOnTheJustification() throws Exception {
        when(workflow.start(any())).thenThrow(new RuleViolationException("minimumChannelsJustification",
                "trajectory.single-channel-unjustified", "needs a justification"));

        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen").param("topic", "Gezondheid").param("area", "Dalfsen")
                        .param("kind", "ORGANISATION_PROJECT").param("intendedLevel", "CONSULTATION")
                        .param("minimumChannels", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minimumChannelsJustification-error\"")))
                .andExpect(content().string(containsString("Leg uit waarom één manier van werven genoeg is")));
    }

    @Test
    void refusesControlCharactersAndAForgedPersonOnTheirFields() throws Exception {
        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen").param("topic", "Gezondheid").param("area", "Dalfsen")
                        .param("kind", "ORGANISATION_PROJECT").param("intendedLevel", "CONSULTATION")
                        .param("coordinatorId", "niemand").param("minimumChannels", "1")
                        .param("minimumChannelsJustification", "Alleen\u0007 de raad"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coordinatorId-error\"")))
                .andExpect(content().string(containsString("id=\"minimumChannelsJustification-error\"")))
                .andExpect(content().string(containsString("onzichtbaar stuurteken")));
        verify(workflow, never()).start(any());
    }

    @Test
    void showsALeadershipRuleOnTheContactPersonField() throws Exception {
        when(workflow.start(any())).thenThrow(new RuleViolationException("contactPersonId",
                "trajectory.contact-person-not-a-professional", "not a professional"));

        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen").param("topic", "Gezondheid").param("area", "Dalfsen")
                        .param("kind", "ORGANISATION_PROJECT").param("intendedLevel", "CONSULTATION")
                        .param("contactPersonId", resident.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contactPersonId-error\"")))
                .andExpect(content().string(containsString("Het vaste aanspreekpunt is een professional")))
                .andExpect(content().string(containsString("<option value=\"" + resident.id() + "\" selected=\"selected\">Anouk Smit</option>")));
    }

    @Test
    void showsTheFormInPlainDutch() throws Exception {
        mvc.perform(get("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een traject starten")))
                .andExpect(content().string(containsString("<label for=\"title\">Naam van het traject</label>")))
                .andExpect(content().string(containsString("Inwoners: een inwonerinitiatief")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void startsTheTrajectoryAsItsCoordinatorAndOpensItsFirstTask() throws Exception {
        Trajectory started = Mockito.mock(Trajectory.class);
        TrajectoryId id = TrajectoryId.random();
        when(started.id()).thenReturn(id);
        when(workflow.start(any())).thenReturn(started);

        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen gezond in Lemelerveld").param("topic", "Gezondheid").param("area", "Lemelerveld")
                        .param("kind", "RESIDENT_INITIATIVE").param("intendedLevel", "PARTICIPATION"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte?traject=" + id));

        ArgumentCaptor<StartTrajectory> start = ArgumentCaptor.forClass(StartTrajectory.class);
        verify(workflow).start(start.capture());
        org.assertj.core.api.Assertions.assertThat(start.getValue().coordinatorId()).isEqualTo(coordinator.id());
        org.assertj.core.api.Assertions.assertThat(start.getValue().organisationId()).isEqualTo(coordinator.organisationId());
        org.assertj.core.api.Assertions.assertThat(start.getValue().minimumResidents()).isNull();
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorOnItsFieldAndTheOtherValuesStay() throws Exception {
        String page = mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority()))
                        .with(csrf()).param("title", "Samen gezond").param("minimumResidents", "veel")
                        .param("kind", "NO_SUCH_KIND"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"minimumResidents-error\"")
                .contains("value=\"Samen gezond\"").contains("Vul een geldig getal of een van de mogelijkheden in.");
    }

    @Test
    void showsEachErrorNextToItsFieldAndInASummaryWithoutStartingAnything() throws Exception {
        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", " ").param("topic", "Gezondheid").param("area", "Dalfsen").param("minimumResidents", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Controleer deze velden")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("Kies een van de mogelijkheden.")))
                .andExpect(content().string(containsString("Vul minstens 2 in.")))
                .andExpect(content().string(containsString("value=\"Gezondheid\"")))
                .andExpect(content().string(containsString("<title>Fout: ")));
        verify(workflow, never()).start(any());
    }

    @Test
    void showsARuleTheDomainRefusesOnItsField() throws Exception {
        when(workflow.start(any())).thenThrow(new RuleViolationException("title", "too-long", "title is too long"));

        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())).with(csrf())
                        .param("title", "Samen").param("topic", "Gezondheid").param("area", "Dalfsen")
                        .param("kind", "RESIDENT_INITIATIVE").param("intendedLevel", "CONSULTATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Dit is te lang.")));
    }

    @Test
    void letsOnlyCoordinatorsStartATrajectory() throws Exception {
        mvc.perform(get("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/werkruimte/trajecten/nieuw").with(oidcLogin().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isForbidden());
        verify(workflow, never()).start(any());
    }
}
