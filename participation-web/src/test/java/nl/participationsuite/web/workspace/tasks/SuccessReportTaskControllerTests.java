package nl.participationsuite.web.workspace.tasks;

import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.coordinator;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.resident;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.squeezed;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.CriterionResult;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.ReportSuccess.Assessment;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.success.SuccessReportOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The success report: every criterion of the adopted vision assessed, the cycle's successes and answered input alongside, the decision. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, SuccessReportTaskForm.class, Dates.class,
        FormIds.class, TaskFormFixture.FixedClock.class })
class SuccessReportTaskControllerTests {

    private static final String FORM = "/werkruimte/taken/t-report/succesrapportage";

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
    VisionService visions;

    @MockitoBean
    SuccessService successes;

    @MockitoBean
    InputService inputs;

    private TaskFormFixture fixture;

    private final SuccessCriterionId answers = SuccessCriterionId.random();

    private final SuccessCriterionId wins = SuccessCriterionId.random();

    @BeforeEach
    void anAdoptedVisionWithTwoCriteriaASuccessAndAnsweredInput() {
        fixture = new TaskFormFixture(workflow, trajectories, currentPerson, people);
        fixture.task("t-report", Activities.REPORT_SUCCESS, FormKeys.SUCCESS_REPORT, Map.of());
        fixture.task("t-other", Activities.DRAFT_VISION, FormKeys.VISION_DRAFT, Map.of());
        VisionVersion adopted = mock(VisionVersion.class);
        when(adopted.sharedGoal()).thenReturn("Inwoners bepalen mee hoe de wijk gezonder wordt.");
        List<SuccessCriterion> criteria = List.of(
                criterion(answers, "Inbreng krijgt op tijd antwoord", "Registratie van inbreng", "90 procent"),
                criterion(wins, "Zichtbare successen", "Successenregister", "2 per jaar"));
        when(adopted.successCriteria()).thenReturn(criteria);
        when(visions.adopted(fixture.trajectoryId)).thenReturn(Optional.of(adopted));
        Success bench = success("Nieuwe bankjes in het park", 1, Set.of(wins));
        Success earlier = success("Buurtfeest van vorig jaar", 0, Set.of(wins));
        when(successes.successes(fixture.trajectoryId)).thenReturn(List.of(earlier, bench));
        ResidentInput answered = mock(ResidentInput.class);
        when(answered.isAnswered()).thenReturn(true);
        when(answered.status()).thenReturn(InputStatus.PARTLY_ADOPTED);
        when(answered.topic()).thenReturn("Vervoer");
        when(inputs.ofTrajectory(fixture.trajectoryId)).thenReturn(List.of(answered, mock(ResidentInput.class)));
    }

    @Test
    void showsTheCyclesResultsAndOneAssessmentPerCriterionWithTheDecisionsConsequences() throws Exception {
        String page = squeezed(mvc.perform(get(FORM).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/success-report"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Resultaten vergelijken met de definitie van succes</h1>")
                .contains("Wat ronde 1 opleverde").contains("Inwoners bepalen mee hoe de wijk gezonder wordt.")
                .contains("Nieuwe bankjes in het park").contains("mijlpaal")
                .contains("<time datetime=\"2026-10-01\">1 oktober 2026</time>")
                .contains("nog niet zichtbaar voor inwoners").doesNotContain("Buurtfeest van vorig jaar")
                .contains("1 keer inbreng beantwoord: 0 overgenomen, 1 deels overgenomen, 0 niet overgenomen.")
                .contains("<span>Vervoer</span>: <span>Deels overgenomen</span>")
                .contains("Succescriterium 1: Inbreng krijgt op tijd antwoord")
                .contains("Succescriterium 2: Zichtbare successen")
                .contains("<input type=\"hidden\" name=\"assessments[0].criterionId\" value=\"" + answers + "\">")
                .contains("<dd>90 procent</dd>").contains("<dd> <span>Nieuwe bankjes in het park</span> </dd>")
                .contains("<legend>Is dit gelukt?</legend>")
                .contains("id=\"assessments-0-result\" value=\"MET\"")
                .contains("id=\"assessments-1-result-PARTLY_MET\" value=\"PARTLY_MET\"")
                .contains("<label for=\"assessments-1-explanation\">Waarom?</label>")
                .contains("<legend>Hoe gaat het traject verder?</legend>")
                .contains("Afsluiten: het traject stopt. Er komen geen nieuwe taken meer.")
                .contains("Een nieuwe ronde: dezelfde deelnemers werken verder samen met dezelfde visie.")
                .contains("Vergelijking vastleggen");
    }

    @Test
    void theAssessmentsSummaryAndDecisionBecomeTheOutcome() throws Exception {
        mvc.perform(filled(post(FORM)))
                .andExpect(redirectedUrl("/werkruimte?traject=" + fixture.trajectoryId));

        verify(workflow).complete("t-report", fixture.me.id(), new SuccessReportOutcome(List.of(
                new Assessment(answers, CriterionResult.PARTLY_MET, "80 procent kreeg op tijd antwoord"),
                new Assessment(wins, CriterionResult.MET, "De bankjes en het buurtfeest")),
                "Goed jaar, antwoorden kan sneller.", CycleDecision.NEW_CYCLE));
    }

    @Test
    void missingAssessmentsAndDecisionComeBackLinkedFromTheSummary() throws Exception {
        String page = squeezed(mvc.perform(post(FORM).with(coordinator()).with(csrf())
                        .param("assessments[0].criterionId", answers.toString())
                        .param("assessments[0].result", "NOT_MET").param("assessments[0].explanation", " ")
                        .param("assessments[1].criterionId", wins.toString())
                        .param("assessments[1].explanation", "Twee successen")
                        .param("summary", "Samenvatting"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<title>Fout: Resultaten vergelijken met de definitie van succes")
                .contains("<a href=\"#assessments-0-explanation\">Waarom?: Vul dit veld in.</a>")
                .contains("<a href=\"#assessments-1-result\">Is dit gelukt?: Kies een van de mogelijkheden.</a>")
                .contains("<a href=\"#decision\">Hoe gaat het traject verder?: Kies een van de mogelijkheden.</a>")
                .contains("id=\"assessments-1-result-error\"")
                .contains("aria-describedby=\"assessments-0-explanation-hint assessments-0-explanation-error\"")
                .contains("value=\"NOT_MET\" checked=\"checked\"").contains(">Twee successen</textarea>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aRuleTheDomainEnforcesShowsOnItsFieldOrAboveTheForm() throws Exception {
        doThrow(new RuleViolationException("assessments[1].explanation", "required", "explanation is required"))
                .when(workflow).complete(eq("t-report"), eq(fixture.me.id()), any());
        String onTheField = squeezed(mvc.perform(filled(post(FORM))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(onTheField).contains("<a href=\"#assessments-1-explanation\">Waarom?: Vul dit veld in.</a>");

        doThrow(new RuleViolationException("report", "success.report-exists", "exists"))
                .when(workflow).complete(eq("t-report"), eq(fixture.me.id()), any());
        String onTheForm = squeezed(mvc.perform(filled(post(FORM))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(onTheForm).contains("<span>Voor deze ronde is de vergelijking al vastgelegd.</span>");
    }

    @Test
    void aTaskOfAnotherKindIsNotFoundAndOnlyProfessionalsWithATokenGetIn() throws Exception {
        mvc.perform(get("/werkruimte/taken/t-other/succesrapportage").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(get(FORM).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(FORM).with(coordinator()).param("summary", "x")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.with(coordinator()).with(csrf())
                .param("assessments[0].criterionId", wins.toString())
                .param("assessments[0].result", "MET").param("assessments[0].explanation", "De bankjes en het buurtfeest")
                .param("assessments[1].criterionId", answers.toString())
                .param("assessments[1].result", "PARTLY_MET")
                .param("assessments[1].explanation", "80 procent kreeg op tijd antwoord")
                .param("summary", " Goed jaar, antwoorden kan sneller. ").param("decision", "NEW_CYCLE");
    }

    private static SuccessCriterion criterion(SuccessCriterionId id, String description, String measuredBy, String target) {
        SuccessCriterion criterion = mock(SuccessCriterion.class);
        when(criterion.id()).thenReturn(id);
        when(criterion.description()).thenReturn(description);
        when(criterion.measuredBy()).thenReturn(measuredBy);
        when(criterion.target()).thenReturn(target);
        return criterion;
    }

    private static Success success(String title, int cycle, Set<SuccessCriterionId> criteria) {
        Success success = mock(Success.class);
        when(success.title()).thenReturn(title);
        when(success.cycle()).thenReturn(cycle);
        when(success.kind()).thenReturn(SuccessKind.MILESTONE);
        when(success.achievedOn()).thenReturn(LocalDate.of(2026, 10, 1));
        when(success.successCriterionIds()).thenReturn(criteria);
        return success;
    }
}
