package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.InputStatusChange;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.input.InputViews;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Answering a resident's input from the workspace: the context on the page, the answer's rules, and what can go wrong. */
@WebSliceTest({ WorkspaceTaskFormController.class, InputInterimAnswerController.class })
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, InputResponseTaskForm.class, InputViews.class,
        Dates.class, FormIds.class, InputResponseTaskControllerTests.FixedClock.class })
class InputResponseTaskControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String FORM = "/werkruimte/taken/t1/inbreng-beantwoorden";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    InputService inputs;

    @MockitoBean
    People people;

    @MockitoBean
    InputWorkflow inputWorkflow;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private final Person fatima = Person.resident("Fatima El Amrani", null, null, null);

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final InputId inputId = InputId.random();

    private final Trajectory trajectory = mock(Trajectory.class);

    @BeforeEach
    void anOpenRespondTaskOnAnInputOfFatima() {
        when(currentPerson.get()).thenReturn(me);
        when(workflow.task("t1", me.id())).thenReturn(new WorkflowTask("t1", Activities.RESPOND_TO_INPUT, "Respond",
                FormKeys.INPUT_RESPONSE, trajectoryId, null, NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(6))));
        when(workflow.context("t1", me.id())).thenReturn(new TaskContext("t1", Activities.RESPOND_TO_INPUT, trajectoryId,
                me.id(), Map.of(VariableNames.INPUT_ID, inputId.toString())));
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.get(trajectoryId)).thenReturn(trajectory);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0007");
        when(trajectory.title()).thenReturn("Schuldhulp dichterbij");
        ParticipantId fatimaInTrajectory = ParticipantId.random();
        Participant resident = mock(Participant.class);
        when(resident.id()).thenReturn(fatimaInTrajectory);
        when(resident.personId()).thenReturn(fatima.id());
        when(trajectory.participants()).thenReturn(List.of(resident));
        when(people.findByIdIn(anyCollection())).thenReturn(List.of(me, fatima));

        ResidentInput input = mock(ResidentInput.class);
        when(input.id()).thenReturn(inputId);
        when(input.trajectoryId()).thenReturn(trajectoryId);
        when(input.participantId()).thenReturn(fatimaInTrajectory);
        when(input.channel()).thenReturn(InputChannel.PHONE);
        when(input.topic()).thenReturn("Vervoer");
        when(input.text()).thenReturn("De bus rijdt niet meer op zondag.");
        when(input.receivedAt()).thenReturn(NOW.minus(Duration.ofDays(20)));
        when(input.dueAt()).thenReturn(NOW.minus(Duration.ofDays(6)));
        when(input.isLate(any())).thenReturn(true);
        when(input.status()).thenReturn(InputStatus.RECEIVED);
        when(input.recordedOnBehalfBy()).thenReturn(me.id());
        InputStatusChange received = mock(InputStatusChange.class);
        when(received.status()).thenReturn(InputStatus.RECEIVED);
        when(received.changedAt()).thenReturn(NOW.minus(Duration.ofDays(20)));
        when(received.changedBy()).thenReturn(me.id());
        when(input.history()).thenReturn(List.of(received));
        when(inputs.get(inputId)).thenReturn(input);
    }

    @Test
    void aTasksOwnAddressLeadsToItsForm() throws Exception {
        mvc.perform(get("/werkruimte/taken/t1").with(professional())).andExpect(redirectedUrl(FORM));
    }

    @Test
    void showsTheInputItsTimelineAndTheThreeAnswersOnAnAccessibleForm() throws Exception {
        String page = mvc.perform(get(FORM).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/input-response"))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<h1>Reageren op de inbreng van een inwoner</h1>")
                .contains("PT-2026-0007").contains("Schuldhulp dichterbij")
                .contains("De bus rijdt niet meer op zondag.").contains("Fatima El Amrani").contains("Vervoer")
                .contains("Telefonisch").contains("(vastgelegd door Jeroen Bakker)")
                .contains("<time datetime=\"2026-11-09T11:00+01:00\">9 november 2026 11:00</time>")
                .contains("te laat").contains("Ontvangen").contains("door Jeroen Bakker")
                .contains("<legend>Wat gebeurt er met de inbreng?</legend>")
                .contains("value=\"ADOPTED\"").contains("value=\"PARTLY_ADOPTED\"").contains("value=\"NOT_ADOPTED\"")
                .doesNotContain("value=\"UNDER_CONSIDERATION\"")
                .contains("<label for=\"feedback\">Antwoord aan de inwoner</label>")
                .contains("aria-describedby=\"feedback-hint\"").contains("name=\"_csrf\"")
                .contains("action=\"" + FORM + "\"");
    }

    @Test
    void completesTheTaskWithTheTypedOutcomeAndReturnsToTheTrajectorysTasks() throws Exception {
        mvc.perform(post(FORM).with(professional()).with(csrf())
                        .param("status", "PARTLY_ADOPTED").param("feedback", "We vragen de vervoerder om een zondagsrit."))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId))
                .andExpect(flash().attributeExists("notice"));

        verify(workflow).complete("t1", me.id(),
                new InputResponseOutcome(InputStatus.PARTLY_ADOPTED, "We vragen de vervoerder om een zondagsrit."));
    }

    @Test
    void aResidentWithoutAnAccountIsToldTheAnswerAnotherWayAndThePortalIsNoChoice() throws Exception {
        String page = mvc.perform(get(FORM).with(professional())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<legend>Hoe krijgt de inwoner het antwoord?</legend>")
                .contains("Deze inwoner heeft geen account voor het portaal.")
                .contains("value=\"AT_THE_DOOR\"").contains("value=\"PHONE\"").doesNotContain("value=\"PORTAL\"");

        mvc.perform(post(FORM).with(professional()).with(csrf()).param("status", "ADOPTED")
                        .param("feedback", "De zondagsbus komt terug.").param("passedOn", "PHONE"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));
        verify(workflow).complete("t1", me.id(),
                new InputResponseOutcome(InputStatus.ADOPTED, "De zondagsbus komt terug.", AnswerDelivery.PHONE));
    }

    @Test
    void theDomainsRefusalOfAnAnswerWithoutAWayToTheResidentShowsOnThatField() throws Exception {
        doThrow(new RuleViolationException("passedOn", "input.passed-on-required", "say how"))
                .when(workflow).complete(eq("t1"), eq(me.id()), any());

        String page = mvc.perform(post(FORM).with(professional()).with(csrf()).param("status", "ADOPTED")
                        .param("feedback", "Ja.")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("id=\"passedOn-error\"")
                .contains("Deze inwoner heeft geen account voor het portaal. Kies hoe u het antwoord doorgeeft.");
    }

    @Test
    void anInterimAnswerKeepsTheTaskOpenAndReturnsToTheInbox() throws Exception {
        mvc.perform(post(FORM + "/tussenbericht").with(professional()).with(csrf())
                        .param("interimAnswer", "We vragen de vervoerder wat er kan.").param("expectedOn", "2026-12-20"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId))
                .andExpect(flash().attribute("notice",
                        nl.participationsuite.web.forms.Notice.success("task.input-response.interim.sent")));

        verify(inputWorkflow).giveInterimAnswer(trajectoryId, inputId, me.id(), "We vragen de vervoerder wat er kan.",
                LocalDate.of(2026, 12, 20));
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void anInterimAnswerWithoutTextOrWithADayThatHasPassedComesBackWithFieldErrors() throws Exception {
        String empty = mvc.perform(post(FORM + "/tussenbericht").with(professional()).with(csrf())
                        .param("interimAnswer", " ").param("expectedOn", "2026-12-20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(empty).contains("<title>Fout: ").contains("id=\"interimAnswer-error\"")
                .contains("De bus rijdt niet meer op zondag.");
        String notADate = mvc.perform(post(FORM + "/tussenbericht").with(professional()).with(csrf())
                        .param("interimAnswer", "We zoeken het uit.").param("expectedOn", "20-12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(notADate).contains("id=\"expectedOn-error\"").contains("Vul een datum in");

        doThrow(new RuleViolationException("expectedOn", "input.expected-not-after-today", "after today"))
                .when(inputWorkflow).giveInterimAnswer(any(), any(), any(), any(), any());
        String past = mvc.perform(post(FORM + "/tussenbericht").with(professional()).with(csrf())
                        .param("interimAnswer", "We zoeken het uit.").param("expectedOn", "2026-11-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(past).contains("Kies een dag na vandaag.").contains("value=\"2026-11-01\"");
    }

    @Test
    void anEmptyAnswerComesBackWithErrorsNextToTheFieldsAndNothingIsCompleted() throws Exception {
        String page = mvc.perform(post(FORM).with(professional()).with(csrf()).param("feedback", " "))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/input-response"))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<title>Fout: Reageren op de inbreng van een inwoner")
                .contains("Controleer deze velden:")
                .contains("<a href=\"#status\">Wat gebeurt er met de inbreng?: Kies een van de mogelijkheden.</a>")
                .contains("<a href=\"#feedback\">Antwoord aan de inwoner: Vul dit veld in.</a>")
                .contains("id=\"feedback-error\"").contains("aria-describedby=\"feedback-hint feedback-error\"")
                .contains("aria-invalid=\"true\"").contains("De bus rijdt niet meer op zondag.");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void receivingOrConsideringIsNotAnAnswer() throws Exception {
        mvc.perform(post(FORM).with(professional()).with(csrf())
                        .param("status", "UNDER_CONSIDERATION").param("feedback", "We kijken ernaar."))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Kies overgenomen, deels overgenomen of niet overgenomen."));
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aRuleTheDomainEnforcesShowsOnTheFormAndNothingIsStored() throws Exception {
        doThrow(new RuleViolationException("feedback", "input.feedback-required", "feedback is required"))
                .when(workflow).complete(eq("t1"), eq(me.id()), any());

        mvc.perform(post(FORM).with(professional()).with(csrf()).param("status", "ADOPTED").param("feedback", "Ja."))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("id=\"feedback-error\""));
    }

    @Test
    void someoneElseBeingQuickerIsANoticeOnTheInbox() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE, "done"))
                .when(workflow).complete(eq("t1"), eq(me.id()), any());

        mvc.perform(post(FORM).with(professional()).with(csrf()).param("status", "ADOPTED").param("feedback", "Ja."))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId))
                .andExpect(flash().attribute("notice",
                        nl.participationsuite.web.forms.Notice.problem("task.conflict.completed-by-someone-else")));
    }

    @Test
    void aColleagueWorkingOnTheTaskIsNamedInTheNotice() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE, "Sanne Visser", "taken", null))
                .when(workflow).complete(eq("t1"), eq(me.id()), any());

        mvc.perform(post(FORM).with(professional()).with(csrf()).param("status", "ADOPTED").param("feedback", "Ja."))
                .andExpect(flash().attribute("notice", new nl.participationsuite.web.forms.Notice(true,
                        "task.conflict.claimed-by-colleague", "Sanne Visser")));
    }

    @Test
    void aTaskOfAnotherKindOrNotMineIsNotFound() throws Exception {
        when(workflow.task("t2", me.id())).thenReturn(new WorkflowTask("t2", Activities.DRAFT_VISION, "Draft",
                FormKeys.VISION_DRAFT, trajectoryId, null, NOW, null));
        when(workflow.task("t3", me.id())).thenThrow(new NotFoundException("task", "t3"));

        mvc.perform(get("/werkruimte/taken/t2/inbreng-beantwoorden").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t3/inbreng-beantwoorden").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t3").with(professional())).andExpect(status().isNotFound());
    }

    @Test
    void needsAProfessionalAndACsrfToken() throws Exception {
        mvc.perform(get(FORM).with(oidcLogin().authorities(Role.RESIDENT.authority()))).andExpect(status().isForbidden());
        mvc.perform(post(FORM).with(professional()).param("status", "ADOPTED").param("feedback", "Ja."))
                .andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }

    private static OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
