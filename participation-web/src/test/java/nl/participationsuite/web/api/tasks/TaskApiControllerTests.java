package nl.participationsuite.web.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.participationsuite.domain.roles.ResidentBoundary;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskPage;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TaskSubject;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(TaskApiController.class)
@Import(TaskApiControllerTests.FixedClock.class)
class TaskApiControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());

    private final WorkflowTask review = new WorkflowTask("task-1", "ReviewVisionTask", "Review the shared vision",
            "outcome:VisionReviewOutcome", TrajectoryId.random(), null, NOW.minusSeconds(3600), NOW.minusSeconds(60));

    @BeforeEach
    void aLinkedProfessional() {
        when(currentPerson.get()).thenReturn(me);
        when(workflow.task("task-1", me.id())).thenReturn(review);
        doReturn(VisionReviewOutcome.class).when(workflow).outcomeType(review);
    }

    @Test
    void listsTheCallersTasksAPageAtATimeWithTheOutcomeTheyExpectAndWhetherTheyAreOverdue() throws Exception {
        when(workflow.tasks(TaskSearch.of(me.id()), 0, 20)).thenReturn(new TaskPage(List.of(review), 41, 0, 20));

        mvc.perform(get("/api/v1/tasks").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value("task-1"))
                .andExpect(jsonPath("$.content[0].outcome").value("VisionReviewOutcome"))
                .andExpect(jsonPath("$.content[0].trajectoryId").value(review.trajectoryId().toString()))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.totalElements").value(41))
                .andExpect(jsonPath("$.page.totalPages").value(3));
    }

    @Test
    void namesTasksInDutchUnlessTheCallerAsksForEnglishAndSaysWhatTheyAreAbout() throws Exception {
        WorkflowTask vote = new WorkflowTask("task-2", "CastVoteTask", "Cast a vote", "outcome:VoteOutcome",
                TrajectoryId.random(), me.id(), NOW.minusSeconds(60), null);
        WorkflowTask unknown = new WorkflowTask("task-3", "SomeNewTask", "Engine name of a new step", "outcome:VoteOutcome",
                TrajectoryId.random(), me.id(), NOW.minusSeconds(30), null);
        doReturn(VoteOutcome.class).when(workflow).outcomeType(vote);
        doReturn(VoteOutcome.class).when(workflow).outcomeType(unknown);
        when(workflow.tasks(TaskSearch.of(me.id()), 0, 20)).thenReturn(new TaskPage(List.of(vote, unknown), 2, 0, 20));
        when(workflow.subjects(List.of(vote, unknown)))
                .thenReturn(Map.of("task-2", new TaskSubject(TaskSubject.Kind.PROPOSAL, "Bankjes in het park")));

        mvc.perform(get("/api/v1/tasks").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(jsonPath("$.content[0].definitionKey").value("CastVoteTask"))
                .andExpect(jsonPath("$.content[0].name").value("Stemmen over een voorstel"))
                .andExpect(jsonPath("$.content[0].subject.kind").value("PROPOSAL"))
                .andExpect(jsonPath("$.content[0].subject.text").value("Bankjes in het park"))
                .andExpect(jsonPath("$.content[1].name").value("Engine name of a new step"))
                .andExpect(jsonPath("$.content[1].subject").isEmpty());
        mvc.perform(get("/api/v1/tasks").header("Accept-Language", "en-GB,en;q=0.8")
                        .with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(jsonPath("$.content[0].name").value("Vote on a proposal"));
        mvc.perform(get("/api/v1/tasks").header("Accept-Language", "fr")
                        .with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(jsonPath("$.content[0].name").value("Stemmen over een voorstel"));
    }

    @Test
    void filtersByScopeAndTrajectoryAndPagesInTheDatabase() throws Exception {
        TrajectoryId trajectory = review.trajectoryId();
        TaskSearch open = TaskSearch.of(me.id()).which(TaskSearch.Which.OPEN).in(trajectory);
        when(workflow.tasks(open, 20, 10)).thenReturn(new TaskPage(List.of(review), 21, 20, 10));

        mvc.perform(get("/api/v1/tasks").param("scope", "open").param("trajectoryId", trajectory.toString())
                        .param("page", "2").param("size", "10").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value("task-1"))
                .andExpect(jsonPath("$.page.number").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(3));
    }

    @Test
    void refusesAPageSizeAboveTheMaximumAndAnUnknownScope() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("size", "101").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tasks").param("scope", "everything").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        verify(workflow, never()).tasks(any(), anyInt(), anyInt());
    }

    @Test
    void completesATaskWithItsTypedOutcomeReadFromJsonCheckingTheTaskOnce() throws Exception {
        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"CHANGE_REQUESTED\", \"comment\": \"Meer over vervoer\"}"))
                .andExpect(status().isNoContent());

        assertThat(reader().apply(VisionReviewOutcome.class))
                .isEqualTo(new VisionReviewOutcome(ReviewVerdict.CHANGE_REQUESTED, "Meer over vervoer"));
        verify(workflow, never()).task(any(), any());
    }

    @Test
    void refusesAnOutcomeWithAnUnknownOrInvalidField() throws Exception {
        givenTheWorkflowReadsTheOutcome();

        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verdict"));
        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stars\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stars"));
    }

    @Test
    void answersAColleaguesClaimWithAConflictThatNamesThem() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE, "Sanne Visser", "taken", null))
                .when(workflow).claim("task-1", me.id());

        mvc.perform(post("/api/v1/tasks/task-1/claim").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("CLAIMED_BY_COLLEAGUE"))
                .andExpect(jsonPath("$.holder").value("Sanne Visser"))
                .andExpect(jsonPath("$.detail").value("Sanne Visser werkt aan deze taak. Er is niets opgeslagen."));
    }

    @Test
    void answersACompletionTwiceWithAConflictThatSaysSo() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "done"))
                .when(workflow).completeWith(eq("task-1"), eq(me.id()), any());

        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("COMPLETED_BY_YOU"))
                .andExpect(jsonPath("$.detail").value("You already completed this task. Nothing was saved again."));
    }

    @Test
    void answersMoreHoursThanAResidentWantsToGiveWithTheDomainsRefusalAsProblemDetails() throws Exception {
        doThrow(new RuleViolationException("proposals[1].hoursPerMonth", ResidentBoundary.HOURS_BEYOND_BOUNDARY,
                "participant wants to give at most 4 hours a month, not 8"))
                .when(workflow).completeWith(eq("task-1"), eq(me.id()), any());

        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"proposals\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("proposals[1].hoursPerMonth"))
                .andExpect(jsonPath("$.errors[0].code").value(ResidentBoundary.HOURS_BEYOND_BOUNDARY))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Meer uren dan deze inwoner wil geven. Kijk wat de inwoner zelf aangaf en stel niet meer voor."));
    }

    /** The reader the controller handed the workflow, which reads the request's body as the task's outcome type. */
    @SuppressWarnings("unchecked")
    private Function<Class<? extends TaskOutcome>, ? extends TaskOutcome> reader() {
        ArgumentCaptor<Function<Class<? extends TaskOutcome>, ? extends TaskOutcome>> reader = ArgumentCaptor.forClass(Function.class);
        verify(workflow).completeWith(eq("task-1"), eq(me.id()), reader.capture());
        return reader.getValue();
    }

    /** The workflow reads the outcome as the review task expects it, as the real one does. */
    private void givenTheWorkflowReadsTheOutcome() {
        doAnswer(invocation -> {
            Function<Class<? extends TaskOutcome>, ? extends TaskOutcome> reader = invocation.getArgument(2);
            reader.apply(VisionReviewOutcome.class);
            return null;
        }).when(workflow).completeWith(eq("task-1"), eq(me.id()), any());
    }

    @Test
    void keepsResidentsOutOfTheWorkspaceTasks() throws Exception {
        mvc.perform(get("/api/v1/tasks").with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
