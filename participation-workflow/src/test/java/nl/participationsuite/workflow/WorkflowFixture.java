package nl.participationsuite.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** Starts trajectories through the facade, moves time for the product and the engine together, and runs due jobs. */
public class WorkflowFixture {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    MovableClock clock;

    /**
     * A trajectory started through the facade, with a professional coordinator (also the contact
     * person), {@code professionals} more professionals and {@code residents} residents taking part.
     */
    public Setup start(int residents, int professionals) {
        ClockUtil.setCurrentTime(Date.from(clock.instant()));
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, ggd.id()));
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen gezond in de wijk", "Lokaal gezondheidsbeleid",
                "Dalfsen-Noord", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, ggd.id(),
                coordinator.id(), coordinator.id(), null, null));
        List<Member> professionalMembers = new ArrayList<>();
        for (int i = 1; i <= professionals; i++) {
            professionalMembers.add(join(trajectory.id(),
                    people.save(Person.professional("Professional " + i, null, null, ggd.id()))));
        }
        List<Member> residentMembers = new ArrayList<>();
        for (int i = 1; i <= residents; i++) {
            // Residents who sign in to the portal: an answer to their input reaches them there.
            residentMembers.add(join(trajectory.id(),
                    people.save(Person.resident("Resident " + i, null, null, "resident-" + java.util.UUID.randomUUID()))));
        }
        Member coordinatorMember = new Member(coordinator.id(),
                trajectoryService.get(trajectory.id()).participantOf(coordinator.id()).orElseThrow().id());
        return new Setup(trajectory.id(), coordinatorMember, professionalMembers, residentMembers);
    }

    private Member join(TrajectoryId trajectory, Person person) {
        return new Member(person.id(), trajectoryService.addParticipant(trajectory, person.id()).id());
    }

    /** The trajectory's process instance. */
    public ProcessInstance instance(TrajectoryId trajectory) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.toString()).singleResult();
    }

    /**
     * Moves a running trajectory straight to an activity (listeners run, so a phase's start still
     * moves the domain), to test one step without playing every phase before it.
     */
    public void jumpTo(TrajectoryId trajectory, String activityId, Map<String, Object> variables) {
        ProcessInstance instance = instance(trajectory);
        ActivityInstance root = runtimeService.getActivityInstance(instance.getId());
        ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(activityId).setVariables(variables);
        for (ActivityInstance child : root.getChildActivityInstances()) {
            modification.cancelActivityInstance(child.getId());
        }
        modification.execute();
    }

    /** The tasks of one kind the person may see in the trajectory. */
    public List<WorkflowTask> tasks(Member member, TrajectoryId trajectory, String definitionKey) {
        return workflow.tasks(TaskSearch.of(member.person())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory) && task.definitionKey().equals(definitionKey))
                .toList();
    }

    /** The one task of that kind the person may see. */
    public WorkflowTask task(Member member, TrajectoryId trajectory, String definitionKey) {
        List<WorkflowTask> tasks = tasks(member, trajectory, definitionKey);
        if (tasks.size() != 1) {
            throw new AssertionError("expected one " + definitionKey + " for " + member + ", found " + tasks);
        }
        return tasks.get(0);
    }

    /** Completes the one task of that kind the member sees in the trajectory, as that member. */
    public void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(task(member, setup.id(), definitionKey).id(), member.person(), outcome);
    }

    /** Completes the coordinator's task of that kind in the trajectory. */
    public void completeAsCoordinator(Setup setup, String definitionKey, TaskOutcome outcome) {
        complete(setup, setup.coordinator(), definitionKey, outcome);
    }

    /** How often the trajectory's process has finished an activity. */
    public long passed(Setup setup, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance(setup.id()).getId())
                .activityId(activityId).finished().count();
    }

    /** Moves the product's clock and the engine's clock forward together. */
    public void advance(Duration duration) {
        clock.advance(duration);
        ClockUtil.setCurrentTime(Date.from(clock.instant()));
    }

    /** Runs the trajectory's jobs that are due now (timers), as the job executor would. */
    public int executeDueJobs(TrajectoryId trajectory) {
        List<Job> due = managementService.createJobQuery().processInstanceId(instance(trajectory).getId())
                .executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    public void resetEngineClock() {
        ClockUtil.reset();
    }

    /** Someone taking part: the person (whom tasks are assigned to) and their participation. */
    public record Member(PersonId person, ParticipantId participant) {
    }

    /** A started trajectory and who takes part in it. */
    public record Setup(TrajectoryId id, Member coordinator, List<Member> professionals, List<Member> residents) {

        public Member resident(int index) {
            return residents.get(index);
        }

        public Member professional(int index) {
            return professionals.get(index);
        }

        public List<Member> everyone() {
            List<Member> all = new ArrayList<>();
            all.add(coordinator);
            all.addAll(professionals);
            all.addAll(residents);
            return all;
        }
    }
}
