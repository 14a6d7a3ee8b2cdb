package nl.participationsuite.web.workspace.tasks;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.mockito.ArgumentMatchers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the slice tests of the task forms share: a trajectory the signed-in professional sees, its
 * participants (people by name), an open task of one kind with its process variables, a fixed clock.
 */
final class TaskFormSlice {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final TrajectoryWorkflow workflow;

    private final Person me;

    private final Trajectory trajectory = mock(Trajectory.class);

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final List<Participant> participants = new ArrayList<>();

    private final List<Person> people = new ArrayList<>();

    TaskFormSlice(TrajectoryWorkflow workflow, TrajectoryService trajectories, People peopleRepository, Person me) {
        this.workflow = workflow;
        this.me = me;
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0012");
        when(trajectory.title()).thenReturn("Samen gezond in Lemelerveld");
        when(trajectory.participants()).thenReturn(participants);
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.get(trajectoryId)).thenReturn(trajectory);
        when(peopleRepository.findByIdIn(anyCollection())).thenReturn(people);
        when(trajectory.participantOf(ArgumentMatchers.any())).thenReturn(java.util.Optional.empty());
    }

    TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    Trajectory trajectory() {
        return trajectory;
    }

    /** A person taking part in the trajectory; known by name to the page. */
    Participant join(Person person) {
        Participant participant = mock(Participant.class);
        ParticipantId id = ParticipantId.random();
        when(participant.id()).thenReturn(id);
        when(participant.personId()).thenReturn(person.id());
        when(participant.kind()).thenReturn(person.kind());
        when(participant.isResident()).thenReturn(person.kind() == PersonKind.RESIDENT);
        when(participant.isActive()).thenReturn(true);
        when(trajectory.participant(id)).thenReturn(participant);
        when(trajectory.participantOf(person.id())).thenReturn(java.util.Optional.of(participant));
        participants.add(participant);
        people.add(person);
        return participant;
    }

    /** An open task of the kind, assigned to me, created a day ago, without a due date. */
    void task(String taskId, String definitionKey, String formKey, Map<String, Object> variables) {
        when(workflow.task(taskId, me.id())).thenReturn(new WorkflowTask(taskId, definitionKey, definitionKey, formKey,
                trajectoryId, me.id(), NOW.minusSeconds(86_400), null));
        when(workflow.context(taskId, me.id())).thenReturn(new TaskContext(taskId, definitionKey, trajectoryId, me.id(),
                variables));
    }

    static OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority());
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority(), Role.COORDINATOR.authority());
    }

    static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    /** The page's HTML with runs of white space as one space. */
    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
