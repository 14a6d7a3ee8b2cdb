package nl.participationsuite.web.workspace.trajectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.MapNetwork;
import nl.participationsuite.domain.involvement.NetworkKind;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportService;
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
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import nl.participationsuite.workflow.vision.VisionRevisionOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trajectory played through the workflow facade up to working together (the same steps as the
 * workflow module's {@code FullTrajectoryIntegrationTests}, whose fixture is not on this module's
 * test classpath), then given a decision round, input, a success, a meeting, a support request, a
 * progress update and a conditions check, so that every section of its page has something to show.
 * Not a bean of the application: tests make one with {@code AutowireCapableBeanFactory.createBean}.
 */
public class FilledTrajectory {

    static final String NETWORK = "Dorpsraad Lemelerveld";

    public static final String CHANGE_REQUEST = "Jongeren komen er nog niet in voor";

    static final String GOAL = "Inwoners van Lemelerveld bepalen mee hoe de wijk gezonder wordt, voor jong en oud.";

    public static final String ROUND = "Plek van de wijkbijeenkomsten";

    static final String INPUT_TOPIC = "Vervoer op de avond";

    static final String SUCCESS = "Taxibusje voor de avonden";

    public static final String VENUE = "Dorpshuis De Kroon";

    static final String UPDATE = "De stuurgroep is samengesteld en kiest deze maand een plek.";

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    People people;

    @Autowired
    InvolvementService involvement;

    @Autowired
    DecisionRoundWorkflow rounds;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    SuccessWorkflow successes;

    @Autowired
    MeetingService meetings;

    @Autowired
    SupportService support;

    @Autowired
    ConditionsService conditions;

    @Autowired
    Clock clock;

    /** Who takes part: the coordinator, one professional colleague and three residents without an account. */
    public record Filled(Trajectory trajectory, Member coordinator, Member professional, List<Member> residents) {
    }

    public record Member(PersonId person, ParticipantId participant, String name) {
    }

    /** Plays the trajectory through; {@code coordinator} and {@code professional} work for the same organisation. */
    public Filled build(Person coordinatorPerson, Person professionalPerson, String title) {
        return build(coordinatorPerson, professionalPerson, title, List.of());
    }

    /**
     * As {@link #build(Person, Person, String)}, with these (saved) residents in the first places, for a
     * test that logs in as one of them: the first holds a seat and votes, the second holds a seat and
     * has not voted yet, the third holds no seat.
     */
    public Filled build(Person coordinatorPerson, Person professionalPerson, String title, List<Person> ownResidents) {
        Trajectory trajectory = workflow.start(new StartTrajectory(title, "Lokaal gezondheidsbeleid", "Lemelerveld",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinatorPerson.organisationId(), coordinatorPerson.id(), coordinatorPerson.id(), 3, 2));
        TrajectoryId id = trajectory.id();
        Member coordinator = member(id, coordinatorPerson);
        Member professional = join(id, professionalPerson);
        List<Member> residents = new ArrayList<>();
        List<String> names = List.of("Fatima El Amrani", "Kees Jansen", "Ineke Mulder");
        for (int i = 0; i < names.size(); i++) {
            residents.add(join(id, i < ownResidents.size() ? ownResidents.get(i)
                    : people.save(Person.resident(names.get(i), null, null, null))));
        }

        // Early involvement: a council and door to door.
        ExistingNetwork council = involvement.mapNetwork(id, new MapNetwork(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL,
                NETWORK, "Secretaris via het dorpshuis"));
        involvement.recordRecruitment(id, residents.get(0).participant(), RecruitmentChannel.EXISTING_NETWORK, council.id());
        involvement.recordRecruitment(id, residents.get(1).participant(), RecruitmentChannel.EXISTING_NETWORK, council.id());
        involvement.recordRecruitment(id, residents.get(2).participant(), RecruitmentChannel.DOOR_TO_DOOR, null);
        complete(id, coordinator, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        // Motivation: a conversation per resident.
        for (WorkflowTask conversation : tasks(id, coordinator, Activities.MOTIVATION_CONVERSATION)) {
            workflow.complete(conversation.id(), coordinator.person(), new MotivationOutcome(
                    Set.of(EnergySource.DECISION_MAKING), 4, Set.of(ParticipationLevel.PARTICIPATION),
                    Set.of(PreferredTime.EVENING), null));
        }

        // Shared vision: a change request on the first version, the second adopted by all.
        List<Member> everyone = new ArrayList<>(List.of(coordinator, professional));
        everyone.addAll(residents);
        complete(id, coordinator, Activities.DRAFT_VISION, new VisionDraftOutcome("Een gezondere wijk.",
                expectations(), criteria()));
        for (Member member : everyone) {
            boolean asksForChange = member == residents.get(0);
            complete(id, member, Activities.REVIEW_VISION, new VisionReviewOutcome(
                    asksForChange ? ReviewVerdict.CHANGE_REQUESTED : ReviewVerdict.ENDORSED,
                    asksForChange ? CHANGE_REQUEST : null));
        }
        complete(id, coordinator, Activities.REVISE_VISION, new VisionRevisionOutcome(GOAL, expectations(), criteria()));
        for (Member member : everyone) {
            complete(id, member, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
        }

        // Role agreements, each accepted.
        List<RoleProposalOutcome.Proposal> proposals = new ArrayList<>();
        for (Member member : everyone) {
            Role role = member == coordinator ? Role.COORDINATOR
                    : member == professional ? Role.PROFESSIONAL_SUPPORT : Role.DECISION_MAKER;
            proposals.add(new RoleProposalOutcome.Proposal(member.participant(), role, "Meedoen aan de stuurgroep", 4,
                    "Reiskostenvergoeding"));
        }
        complete(id, coordinator, Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(proposals));
        for (Member member : everyone) {
            complete(id, member, Activities.RESPOND_TO_ROLE_AGREEMENT,
                    new RoleAgreementResponseOutcome(RoleAgreementResponseOutcome.Answer.ACCEPT, null));
        }

        // Decision seats: two residents with different backgrounds and the coordinator.
        LocalDate from = LocalDate.now(clock);
        complete(id, coordinator, Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(residents.get(0).participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(residents.get(1).participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(coordinator.participant(), from, from.plusYears(2), Set.of())), null));
        for (Member holder : residents.subList(0, 2)) {
            complete(id, holder, Activities.ACCEPT_SEAT,
                    new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }

        // Working together.
        Instant now = clock.instant();
        rounds.open(id, new OpenRound(ROUND, "De bijeenkomsten voortaan in het dorpshuis in plaats van het gemeentehuis.",
                now.plus(Duration.ofDays(7))));
        complete(id, residents.get(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Dichtbij en vertrouwd"));
        inputs.receive(new ReceiveInput(id, residents.get(2).participant(), professional.person(),
                InputChannel.DOOR_TO_DOOR, INPUT_TOPIC, "Kan er 's avonds vervoer naar het dorpshuis komen?", null));
        successes.register(new RegisterSuccess(id, SuccessKind.QUICK_WIN, SUCCESS,
                "Inwoners zonder auto kunnen nu naar de bijeenkomsten.", from, Set.of(), Set.of()));
        meetings.plan(id, new PlanMeeting(now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plus(Duration.ofHours(2)),
                VENUE, VenueType.NEIGHBOURHOOD_CENTRE, true, "Anne Smit", true, "Kennismaken en plannen"));
        support.requestTravelCost(id, new RequestTravelCost(residents.get(1).participant(), from.minusDays(1),
                "Lemelerveld", "Dalfsen", 1250L));
        trajectories.recordProgressUpdate(id, UPDATE, UpdateChannel.NEWSLETTER);
        ConditionsCheck check = conditions.openRound(id);
        conditions.answer(check.id(), new AnswerConditions(residents.get(0).participant(), scores(2)));
        conditions.answer(check.id(), new AnswerConditions(coordinator.participant(), scores(4)));

        return new Filled(trajectories.get(id), coordinator, professional, residents);
    }

    private Member member(TrajectoryId id, Person person) {
        return new Member(person.id(), trajectories.get(id).participantOf(person.id()).orElseThrow().id(),
                person.displayName());
    }

    private Member join(TrajectoryId id, Person person) {
        return new Member(person.id(), trajectories.addParticipant(id, person.id()).id(), person.displayName());
    }

    private List<WorkflowTask> tasks(TrajectoryId id, Member member, String definitionKey) {
        return workflow.tasks(TaskSearch.of(member.person())).stream()
                .filter(task -> task.trajectoryId().equals(id) && task.definitionKey().equals(definitionKey)).toList();
    }

    private void complete(TrajectoryId id, Member member, String definitionKey, TaskOutcome outcome) {
        List<WorkflowTask> found = tasks(id, member, definitionKey);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + definitionKey + " for " + member.name() + ", found " + found);
        }
        workflow.complete(found.get(0).id(), member.person(), outcome);
    }

    private static List<VisionContent.Expectation> expectations() {
        return List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Meedenken en meebeslissen in de stuurgroep"),
                new VisionContent.Expectation(Party.ORGANISATION, null, "Tijd, ruimte en antwoord op elke inbreng"));
    }

    private static List<VisionContent.Criterion> criteria() {
        return List.of(new VisionContent.Criterion("Inbreng krijgt binnen twee weken antwoord", "Registratie van inbreng",
                "90 procent"));
    }

    private static Map<Condition, ConditionAnswer> scores(int score) {
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(score, null));
        }
        return answers;
    }
}
