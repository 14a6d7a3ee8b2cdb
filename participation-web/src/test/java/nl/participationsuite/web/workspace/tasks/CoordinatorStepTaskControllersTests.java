package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.EarlyInvolvementStatus;
import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator's steps without fields: asking for the early-involvement check and closing the working phase. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, RecruitmentTaskForm.class,
        WorkingPhaseCloseTaskForm.class, Dates.class, FormIds.class,
        CoordinatorStepTaskControllersTests.FixedClock.class })
class CoordinatorStepTaskControllersTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    InvolvementService involvement;

    @MockitoBean
    InputService inputs;

    @MockitoBean
    SuccessService successes;

    private final Person me = Person.professional("Marieke de Vries", null, "subject-marieke", OrganisationId.random());

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    @BeforeEach
    void aCoordinatorWithTwoOpenTasks() {
        when(currentPerson.get()).thenReturn(me);
        Trajectory trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0003");
        when(trajectory.title()).thenReturn("Samen gezond in Dalfsen");
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        task("t-recruit", Activities.RECRUIT_RESIDENTS, FormKeys.RECRUITMENT);
        task("t-close", Activities.CLOSE_WORKING_PHASE, FormKeys.WORKING_PHASE_CLOSE);
    }

    @Test
    void theRecruitmentPageShowsProgressAgainstTheThresholdsAndTheNetworks() throws Exception {
        when(involvement.status(trajectoryId)).thenReturn(new EarlyInvolvementStatus(3, 1, 5, 2));
        ExistingNetwork council = mock(ExistingNetwork.class);
        when(council.name()).thenReturn("Dorpsraad Lemelerveld");
        when(involvement.networks(trajectoryId)).thenReturn(List.of(council));

        String page = mvc.perform(get("/werkruimte/taken/t-recruit/werving").with(coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<h1>Inwoners werven en bestaande netwerken in kaart brengen</h1>")
                .contains("3 van de minimaal 5 inwoners doen mee").contains("Geworven op 1 van de minimaal 2 manieren")
                .contains("nog niet genoeg inwoners").contains("Dorpsraad Lemelerveld")
                .contains("href=\"/werkruimte/trajecten/" + trajectoryId + "/inwoners/nieuw\"")
                .contains("Controle aanvragen");
    }

    @Test
    void askingForTheCheckCompletesTheTask() throws Exception {
        mvc.perform(post("/werkruimte/taken/t-recruit/werving").with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));

        verify(workflow).complete("t-recruit", me.id(), new RecruitmentOutcome());
    }

    @Test
    void closingTheWorkingPhaseSaysWhatStaysOpenAndNeedsAConfirmation() throws Exception {
        ResidentInput answered = mock(ResidentInput.class);
        when(answered.isAnswered()).thenReturn(true);
        when(inputs.ofTrajectory(trajectoryId)).thenReturn(List.of(answered, mock(ResidentInput.class)));

        String page = mvc.perform(get("/werkruimte/taken/t-close/samenwerking-afronden").with(coordinator()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("2 keer inbreng, waarvan 1 nog zonder antwoord").contains("0 successen vastgelegd");

        String refused = mvc.perform(post("/werkruimte/taken/t-close/samenwerking-afronden").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(refused).contains("<a href=\"#confirmed\">Ik rond de samenwerking af. Ik weet dat dit niet ongedaan kan worden.: "
                + "Vink aan dat u de samenwerking wilt afronden.</a>").contains("id=\"confirmed-error\"");
        verify(workflow, never()).complete(any(), any(), any());

        mvc.perform(post("/werkruimte/taken/t-close/samenwerking-afronden").param("confirmed", "true")
                        .with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));
        verify(workflow).complete("t-close", me.id(), new WorkingPhaseCloseOutcome());
    }

    private void task(String id, String definitionKey, String formKey) {
        when(workflow.task(id, me.id())).thenReturn(new WorkflowTask(id, definitionKey, definitionKey, formKey, trajectoryId,
                null, NOW, null));
        when(workflow.context(id, me.id())).thenReturn(new TaskContext(id, definitionKey, trajectoryId, me.id(), Map.of()));
    }

    private static OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority(), Role.COORDINATOR.authority());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
