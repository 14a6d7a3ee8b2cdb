package nl.participationsuite.web.tasks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    void listsTheCallersTasksWithTheOutcomeTheyExpectAndWhetherTheyAreOverdue() throws Exception {
        when(workflow.tasksFor(me.id())).thenReturn(List.of(review));

        mvc.perform(get("/api/v1/tasks").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("task-1"))
                .andExpect(jsonPath("$[0].outcome").value("VisionReviewOutcome"))
                .andExpect(jsonPath("$[0].trajectoryId").value(review.trajectoryId().toString()))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    @Test
    void completesATaskWithItsTypedOutcomeReadFromJson() throws Exception {
        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"CHANGE_REQUESTED\", \"comment\": \"Meer over vervoer\"}"))
                .andExpect(status().isNoContent());

        verify(workflow).complete(eq("task-1"), eq(me.id()),
                eq(new VisionReviewOutcome(ReviewVerdict.CHANGE_REQUESTED, "Meer over vervoer")));
    }

    @Test
    void refusesAnOutcomeWithAnUnknownOrInvalidField() throws Exception {
        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verdict"));
        mvc.perform(post("/api/v1/tasks/task-1/complete").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stars\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stars"));
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void answersALostRaceWithConflict() throws Exception {
        doThrow(new TaskConflictException("taken")).when(workflow).claim("task-1", me.id());

        mvc.perform(post("/api/v1/tasks/task-1/claim").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isConflict());
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
