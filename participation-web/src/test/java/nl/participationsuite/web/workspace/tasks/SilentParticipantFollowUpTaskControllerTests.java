package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ParticipantNames;

import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.NOW;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.coordinator;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator's follow-up on a silent participant: ask again, or record that the resident steps back. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, SilentParticipantFollowUpTaskForm.class,
        SilentParticipantFollowUpContext.class, ParticipantNames.class, Dates.class, FormIds.class,
        TaskFormSlice.FixedClock.class })
class SilentParticipantFollowUpTaskControllerTests {

    private static final String RESIDENT_FOLLOW_UP = "/werkruimte/taken/t-follow-up/stille-deelnemer-opvolgen";

    private static final String PROFESSIONAL_FOLLOW_UP = "/werkruimte/taken/t-professional/stille-deelnemer-opvolgen";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.professional("Marieke de Vries", null, "subject-marieke", OrganisationId.random());

    private final Person fatima = Person.resident("Fatima El Amrani", null, null, null);

    private final Person jeroen = Person.professional("Jeroen Bakker", null, null, OrganisationId.random());

    private TaskFormSlice slice;

    @BeforeEach
    void aResidentAndAProfessionalWhoLetTheirReviewWait() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        slice.join(me);
        slice.join(fatima);
        slice.join(jeroen);
        Date due = Date.from(NOW.minus(Duration.ofDays(1)));
        slice.task("t-follow-up", Activities.VISION_REVIEW_FOLLOW_UP, FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, Map.of(
                VariableNames.AWAITED_PERSON_ID, fatima.id().toString(),
                VariableNames.AWAITED_RESPONSE, "VISION_REVIEW",
                VariableNames.RESPONSE_DUE, due));
        slice.task("t-professional", Activities.SEAT_ACCEPTANCE_FOLLOW_UP, FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, Map.of(
                VariableNames.AWAITED_PERSON_ID, jeroen.id().toString(),
                VariableNames.AWAITED_RESPONSE, "SEAT_ACCEPTANCE",
                VariableNames.RESPONSE_DUE, due));
    }

    @Test
    void thePageSaysWhoIsWaitedOnForWhatSinceWhenAndOffersBothChoices() throws Exception {
        String page = html(mvc.perform(get(RESIDENT_FOLLOW_UP).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/silent-participant-follow-up")));

        assertThat(page).contains("<h1>Opvolgen: iemand heeft de visie niet beoordeeld</h1>")
                .contains("<dd>Fatima El Amrani</dd>").contains("<dd>De visie beoordelen</dd>")
                .contains("28 november 2026 11:00")
                .contains("<legend>Wat gebeurt er nu?</legend>")
                .contains("value=\"ASK_AGAIN\"").contains("value=\"STEP_BACK\"")
                .contains("aria-describedby=\"decision-hint\"").contains("name=\"_csrf\"");
    }

    @Test
    void aProfessionalCanOnlyBeAskedAgain() throws Exception {
        String page = html(mvc.perform(get(PROFESSIONAL_FOLLOW_UP).with(coordinator())).andExpect(status().isOk()));

        assertThat(page).contains("<dd>Jeroen Bakker</dd>").contains("<dd>De zetel in de stuurgroep aannemen of afslaan</dd>")
                .contains("value=\"ASK_AGAIN\"").doesNotContain("value=\"STEP_BACK\"")
                .contains("Alleen een inwoner die nog meedoet, kunt u laten stoppen.");
    }

    @Test
    void askingAgainCompletesTheFollowUp() throws Exception {
        mvc.perform(post(RESIDENT_FOLLOW_UP).with(coordinator()).with(csrf()).param("decision", "ASK_AGAIN"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-follow-up", me.id(), new SilentParticipantFollowUpOutcome(Decision.ASK_AGAIN));
    }

    @Test
    void recordingThatTheResidentStepsBackCompletesTheFollowUp() throws Exception {
        mvc.perform(post(RESIDENT_FOLLOW_UP).with(coordinator()).with(csrf()).param("decision", "STEP_BACK"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-follow-up", me.id(), new SilentParticipantFollowUpOutcome(Decision.STEP_BACK));
    }

    @Test
    void noChoiceOrAnUnknownOneIsAFieldErrorAndCompletesNothing() throws Exception {
        String none = html(mvc.perform(post(RESIDENT_FOLLOW_UP).with(coordinator()).with(csrf())).andExpect(status().isOk()));
        assertThat(none).contains("<a href=\"#decision\">Wat gebeurt er nu?: Kies een van de mogelijkheden.</a>")
                .contains("id=\"decision-error\"").startsWith("<!DOCTYPE html>");

        String unknown = html(mvc.perform(post(RESIDENT_FOLLOW_UP).with(coordinator()).with(csrf())
                .param("decision", "FORGET\u0007")).andExpect(status().isOk()));
        assertThat(unknown).contains("id=\"decision-error\"");

        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aStepBackTheDomainRefusesIsShownOnTheChoice() throws Exception {
        doThrow(new RuleViolationException("decision", "follow-up.cannot-step-back", "not a resident"))
                .when(workflow).complete(eq("t-professional"), eq(me.id()), any());

        String page = html(mvc.perform(post(PROFESSIONAL_FOLLOW_UP).with(coordinator()).with(csrf())
                .param("decision", "STEP_BACK")).andExpect(status().isOk()));

        assertThat(page).contains("Wat gebeurt er nu?: Alleen een inwoner die nog meedoet, kunt u laten stoppen.");
    }

}
