package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.ConditionsCheckTaskForm;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ConditionsCheckContext;
import nl.participationsuite.web.taskforms.ParticipantNames;

import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.NOW;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.html;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.professional;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
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
import java.util.EnumMap;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsCheckId;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.conditions.ConditionsCheckOutcome;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Scoring the handbook's ten conditions: ten radio groups, all required, each with an optional remark. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, ConditionsCheckTaskForm.class,
        ConditionsCheckContext.class, ParticipantNames.class, Dates.class, FormIds.class,
        TaskFormSlice.FixedClock.class })
class ConditionsCheckTaskControllerTests {

    private static final String FORM = "/werkruimte/taken/t-check/randvoorwaarden";

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

    @MockitoBean
    ConditionsService conditions;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private TaskFormSlice slice;

    private ConditionsCheck check;

    @BeforeEach
    void theSecondRoundIsOpen() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        slice.join(me);
        ConditionsCheckId checkId = ConditionsCheckId.random();
        check = mock(ConditionsCheck.class);
        when(check.id()).thenReturn(checkId);
        TrajectoryId trajectoryId = slice.trajectoryId();
        when(check.trajectoryId()).thenReturn(trajectoryId);
        when(check.periodNumber()).thenReturn(2);
        when(check.openedAt()).thenReturn(NOW.minus(Duration.ofDays(1)));
        when(conditions.get(checkId)).thenReturn(check);
        slice.task("t-check", Activities.CONDITIONS_CHECK_TASK, FormKeys.CONDITIONS_CHECK,
                Map.of(VariableNames.CONDITIONS_CHECK_ID, checkId.toString()));
    }

    @Test
    void showsTenStatementsEachAGroupOfFiveLabelledScoresAndARemark() throws Exception {
        String page = html(mvc.perform(get(FORM).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/conditions-check")));

        assertThat(page).contains("<h1>De randvoorwaarden voor participatie beoordelen</h1>")
                .contains("Ronde 2 van de controle")
                .contains("<legend>1. We hebben samen een visie, en iedereen weet wat zijn of haar rol is.</legend>")
                .contains("<legend>10. De organisatie maakt tijd en ruimte")
                .contains("<input type=\"radio\" name=\"answers[INVOLVE_RESIDENTS_EARLY].score\" id=\"answers-INVOLVE_RESIDENTS_EARLY-score\" value=\"1\">")
                .contains("<label for=\"answers-INVOLVE_RESIDENTS_EARLY-score\">1 helemaal niet</label>")
                .contains("<label for=\"answers-INVOLVE_RESIDENTS_EARLY-score-5\">5 helemaal wel</label>")
                .contains("<label for=\"answers-INVOLVE_RESIDENTS_EARLY-remark\">Toelichting (niet verplicht)</label>")
                .contains("name=\"answers[INVOLVE_RESIDENTS_EARLY].remark\"");
        assertThat(page.split("<fieldset class=\"field condition\"", -1)).hasSize(11);
        assertThat(page.split("type=\"radio\"", -1)).hasSize(51);
    }

    @Test
    void allTenScoresBecomeTheTypedOutcome() throws Exception {
        MockHttpServletRequestBuilder request = post(FORM).with(professional()).with(csrf());
        Map<Condition, ConditionAnswer> expected = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            int score = condition.ordinal() % 5 + 1;
            String remark = condition == Condition.VISIBLE_QUICK_SUCCESSES ? "Het bankje was een mooi begin." : "";
            request.param("answers[" + condition + "].score", String.valueOf(score))
                    .param("answers[" + condition + "].remark", remark);
            expected.put(condition, new ConditionAnswer(score, remark));
        }

        mvc.perform(request).andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-check", me.id(), new ConditionsCheckOutcome(expected));
    }

    @Test
    void aMissingScoreIsAnErrorOnItsOwnGroupAndTheOtherScoresStay() throws Exception {
        MockHttpServletRequestBuilder request = post(FORM).with(professional()).with(csrf());
        for (Condition condition : Condition.values()) {
            if (condition == Condition.INVEST_IN_RESIDENTS) {
                request.param("answers[" + condition + "].score", "9");
            }
            else if (condition != Condition.SAFE_AND_TRUSTED_ENVIRONMENT) {
                request.param("answers[" + condition + "].score", "4");
            }
        }

        String page = html(mvc.perform(request).andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: De randvoorwaarden voor participatie beoordelen")
                .contains("<a href=\"#answers-SAFE_AND_TRUSTED_ENVIRONMENT-score\">Kies bij stelling 3 een score van 1 tot 5.</a>")
                .contains("<a href=\"#answers-INVEST_IN_RESIDENTS-score\">Kies bij stelling 9 een score van 1 tot 5.</a>")
                .contains("aria-describedby=\"answers-SAFE_AND_TRUSTED_ENVIRONMENT-score-error\"")
                .contains("id=\"answers-SAFE_AND_TRUSTED_ENVIRONMENT-score-error\"")
                .contains("id=\"answers-INVOLVE_RESIDENTS_EARLY-score-4\" value=\"4\" checked=\"checked\"")
                .doesNotContain("href=\"#answers-INVOLVE_RESIDENTS_EARLY-score\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aRemarkThatIsTooLongIsAnErrorOnTheRemark() throws Exception {
        MockHttpServletRequestBuilder request = post(FORM).with(professional()).with(csrf());
        for (Condition condition : Condition.values()) {
            request.param("answers[" + condition + "].score", "3");
        }
        request.param("answers[MOTIVATIONS_OF_RESIDENTS].remark", "x".repeat(501));

        String page = html(mvc.perform(request).andExpect(status().isOk()));

        assertThat(page).contains("href=\"#answers-MOTIVATIONS_OF_RESIDENTS-remark\"").contains("Gebruik hoogstens 500 tekens.")
                .contains("aria-describedby=\"answers-MOTIVATIONS_OF_RESIDENTS-remark-error\" aria-invalid=\"true\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aSecondAnswerIsRefusedByTheDomainOnTheForm() throws Exception {
        doThrow(new RuleViolationException("participantId", "conditions.already-answered", "already answered"))
                .when(workflow).complete(eq("t-check"), eq(me.id()), any());
        MockHttpServletRequestBuilder request = post(FORM).with(professional()).with(csrf());
        for (Condition condition : Condition.values()) {
            request.param("answers[" + condition + "].score", "2");
        }

        assertThat(html(mvc.perform(request).andExpect(status().isOk()))).contains("U hebt deze ronde al beantwoord.");
    }

    @Test
    void openingATaskICompletedSaysSoWithTheWayBackToTheInbox() throws Exception {
        when(workflow.task("t-done", me.id()))
                .thenThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "t-done"));

        String page = html(mvc.perform(get("/werkruimte/taken/t-done/randvoorwaarden").with(professional()))
                .andExpect(status().isOk()));

        assertThat(page).contains("U hebt deze taak al afgerond.").contains("href=\"/werkruimte\"")
                .doesNotContain("Foutcode");
    }

    @Test
    void aRoundOfAnotherTrajectoryOrATaskNotMineIsNotFoundAndResidentsAndForgedPostsAreRefused() throws Exception {
        when(workflow.task("t-gone", me.id())).thenThrow(new NotFoundException("task", "t-gone"));
        mvc.perform(get("/werkruimte/taken/t-gone/randvoorwaarden").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get(FORM).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(FORM).with(professional())).andExpect(status().isForbidden());

        TrajectoryId elsewhere = TrajectoryId.random();
        when(check.trajectoryId()).thenReturn(elsewhere);
        mvc.perform(get(FORM).with(professional())).andExpect(status().isNotFound());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
