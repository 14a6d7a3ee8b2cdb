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

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * A coordinator's trajectory for the slice tests of the list-shaped task forms: the coordinator,
 * the trajectory with its participants (by name), and open tasks with their process variables,
 * all on the mocks the test class declares.
 */
final class TaskFormFixture {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    final Person me = Person.professional("Marieke de Vries", null, "subject-marieke", OrganisationId.random());

    final TrajectoryId trajectoryId = TrajectoryId.random();

    final Trajectory trajectory = mock(Trajectory.class);

    private final TrajectoryWorkflow workflow;

    private final List<Participant> participants = new ArrayList<>();

    private final List<Person> people = new ArrayList<>();

    TaskFormFixture(TrajectoryWorkflow workflow, TrajectoryService trajectories, CurrentPerson currentPerson,
            People peopleRepository) {
        this.workflow = workflow;
        when(currentPerson.get()).thenReturn(me);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0011");
        when(trajectory.title()).thenReturn("Samen gezond in Lemelerveld");
        when(trajectory.cycle()).thenReturn(1);
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.get(trajectoryId)).thenReturn(trajectory);
        when(trajectory.participants()).thenReturn(participants);
        when(trajectory.activeParticipants()).thenAnswer(invocation ->
                participants.stream().filter(Participant::isActive).toList());
        when(peopleRepository.findByIdIn(anyCollection())).thenReturn(people);
        people.add(me);
    }

    /** A participant of the trajectory, still taking part unless {@code active} is false. */
    Participant participant(Person person, boolean active) {
        Participant participant = mock(Participant.class);
        ParticipantId id = ParticipantId.random();
        when(participant.id()).thenReturn(id);
        when(participant.personId()).thenReturn(person.id());
        when(participant.isResident()).thenReturn(person.isResident());
        when(participant.isActive()).thenReturn(active);
        when(trajectory.participant(id)).thenReturn(participant);
        when(trajectory.participantOf(person.id())).thenReturn(java.util.Optional.of(participant));
        participants.add(participant);
        people.add(person);
        return participant;
    }

    /** An open task of the given kind in the trajectory, with the given process variables. */
    void task(String id, String definitionKey, String formKey, Map<String, Object> variables) {
        when(workflow.task(id, me.id())).thenReturn(new WorkflowTask(id, definitionKey, definitionKey, formKey,
                trajectoryId, null, NOW, null));
        when(workflow.context(id, me.id())).thenReturn(new TaskContext(id, definitionKey, trajectoryId, me.id(), variables));
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority(), Role.COORDINATOR.authority());
    }

    static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    /** A page's text with runs of white space made one space, to compare markup. */
    static String squeezed(String html) {
        return html.replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
