package nl.participationsuite.web.workspace.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.roles.Role;
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
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;

/**
 * A trajectory played through the workflow facade up to composing the steering group: three
 * residents recruited two ways, their motivation conversations, a shared vision endorsed by all,
 * role agreements accepted by all. The web module has no workflow test-jar; these are the minimal steps.
 * Public for the portal's browser tests, which add a resident with an account.
 */
public final class SteeringGroupTrajectory {

    public record Member(String name, PersonId person, ParticipantId participant) {
    }

    public record Setup(TrajectoryId id, String reference, Member coordinator, List<Member> residents, Member professional) {

        public List<Member> everyone() {
            List<Member> all = new ArrayList<>(List.of(coordinator, professional));
            all.addAll(residents);
            return all;
        }
    }

    private SteeringGroupTrajectory() {
    }

    public static Setup atComposeSteeringGroup(Person coordinatorPerson, TrajectoryWorkflow workflow,
            TrajectoryService trajectories, People people, InvolvementService involvement) {
        return toComposeSteeringGroup(atVisionReview(coordinatorPerson, List.of(), workflow, trajectories, people,
                involvement), workflow);
    }

    /**
     * The trajectory up to everyone's review of the drafted vision; {@code alsoResidents} (people
     * already saved, e.g. residents with an account) take part after the three made here.
     */
    public static Setup atVisionReview(Person coordinatorPerson, List<Person> alsoResidents, TrajectoryWorkflow workflow,
            TrajectoryService trajectories, People people, InvolvementService involvement) {
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen gezond in Hoonhorst", "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinatorPerson.organisationId(), coordinatorPerson.id(), coordinatorPerson.id(), 3, 2));
        TrajectoryId id = trajectory.id();
        Member coordinator = new Member(coordinatorPerson.displayName(), coordinatorPerson.id(),
                trajectories.get(id).participantOf(coordinatorPerson.id()).orElseThrow().id());
        Member professional = join(id, people.save(Person.professional("Kees Smit", null, null,
                coordinatorPerson.organisationId())), trajectories);
        List<Member> residents = new ArrayList<>();
        for (String name : List.of("Anna Jansen", "Bram de Boer", "Carla Visser")) {
            residents.add(join(id, people.save(Person.resident(name, null, null, null)), trajectories));
        }
        for (Person resident : alsoResidents) {
            residents.add(join(id, resident, trajectories));
        }
        for (int i = 0; i < residents.size(); i++) {
            involvement.recordRecruitment(id, residents.get(i).participant(),
                    i == 0 ? RecruitmentChannel.DOOR_TO_DOOR : RecruitmentChannel.EVENT, null);
        }
        Setup setup = new Setup(id, trajectory.reference(), coordinator, residents, professional);

        complete(workflow, setup, coordinator, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());
        for (WorkflowTask conversation : tasks(workflow, setup, coordinator, Activities.MOTIVATION_CONVERSATION)) {
            workflow.complete(conversation.id(), coordinator.person(), new MotivationOutcome(
                    Set.of(EnergySource.DECISION_MAKING), 4, Set.of(ParticipationLevel.PARTICIPATION),
                    Set.of(PreferredTime.EVENING), null));
        }
        complete(workflow, setup, coordinator, Activities.DRAFT_VISION, new VisionDraftOutcome(
                "Inwoners van Hoonhorst bepalen mee hoe ouderen gezond thuis kunnen blijven wonen.",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Meedenken en meebeslissen in de stuurgroep"),
                        new VisionContent.Expectation(Party.ORGANISATION, null, "Tijd, ruimte en antwoord op elke inbreng")),
                List.of(new VisionContent.Criterion("Inbreng krijgt binnen twee weken antwoord", "Registratie van inbreng",
                        "90 procent"))));
        return setup;
    }

    /** From the review of the vision (the reviews not given yet are endorsements) up to composing the steering group. */
    public static Setup toComposeSteeringGroup(Setup setup, TrajectoryWorkflow workflow) {
        Member coordinator = setup.coordinator();
        Member professional = setup.professional();
        for (Member member : setup.everyone()) {
            if (!tasks(workflow, setup, member, Activities.REVIEW_VISION).isEmpty()) {
                complete(workflow, setup, member, Activities.REVIEW_VISION,
                        new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
            }
        }
        List<RoleProposalOutcome.Proposal> proposals = new ArrayList<>();
        for (Member member : setup.everyone()) {
            Role role = member == coordinator ? Role.COORDINATOR
                    : member == professional ? Role.PROFESSIONAL_SUPPORT : Role.DECISION_MAKER;
            proposals.add(new RoleProposalOutcome.Proposal(member.participant(), role, "Meedoen aan de stuurgroep", 4,
                    "Reiskostenvergoeding"));
        }
        complete(workflow, setup, coordinator, Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(proposals));
        for (Member member : setup.everyone()) {
            complete(workflow, setup, member, Activities.RESPOND_TO_ROLE_AGREEMENT,
                    new RoleAgreementResponseOutcome(RoleAgreementResponseOutcome.Answer.ACCEPT, null));
        }
        return setup;
    }

    private static Member join(TrajectoryId id, Person person, TrajectoryService trajectories) {
        return new Member(person.displayName(), person.id(), trajectories.addParticipant(id, person.id()).id());
    }

    public static List<WorkflowTask> tasks(TrajectoryWorkflow workflow, Setup setup, Member member, String definitionKey) {
        return workflow.tasks(TaskSearch.of(member.person())).stream()
                .filter(task -> task.trajectoryId().equals(setup.id()) && task.definitionKey().equals(definitionKey))
                .toList();
    }

    private static void complete(TrajectoryWorkflow workflow, Setup setup, Member member, String definitionKey,
            TaskOutcome outcome) {
        List<WorkflowTask> tasks = tasks(workflow, setup, member, definitionKey);
        if (tasks.size() != 1) {
            throw new AssertionError("expected one " + definitionKey + " for " + member + ", found " + tasks);
        }
        workflow.complete(tasks.get(0).id(), member.person(), outcome);
    }
}
