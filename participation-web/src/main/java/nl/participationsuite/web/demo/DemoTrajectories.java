package nl.participationsuite.web.demo;

import static nl.participationsuite.web.demo.DemoAccount.COORDINATOR;
import static nl.participationsuite.web.demo.DemoAccount.PROFESSIONAL;
import static nl.participationsuite.web.demo.DemoAccount.PROFESSIONAL2;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT1;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT2;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT3;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT4;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT5;
import static nl.participationsuite.web.demo.DemoAccount.RESIDENT6;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
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
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.web.demo.DemoData.Cast;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome.Proposal;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The three demo trajectories, after the handbook's three regional questions: how participation
 * grows over the years, how to reach residents with debts or a low income, and how residents
 * help shape local integrated health policy. Each is started through the workflow facade and
 * played forward by completing the process's real tasks with their typed outcomes, as the people
 * themselves would; dates follow the product's clock.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoTrajectories {

    static final String GROWING = "Samen gezond in Dalfsen";

    static final String LOW_INCOMES = "Meedoen met een krappe beurs";

    static final String HEALTH_POLICY = "Inwoners schrijven mee aan de gezondheidsnota";

    static final Set<String> TITLES = Set.of(GROWING, LOW_INCOMES, HEALTH_POLICY);

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final People people;

    private final InvolvementService involvement;

    private final VisionService visions;

    private final DecisionRoundWorkflow decisionRounds;

    private final InputWorkflow inputs;

    private final SuccessWorkflow successes;

    private final MeetingService meetings;

    private final SupportService support;

    private final Clock clock;

    DemoTrajectories(TrajectoryWorkflow workflow, TrajectoryService trajectories, People people, InvolvementService involvement,
            VisionService visions, DecisionRoundWorkflow decisionRounds, InputWorkflow inputs, SuccessWorkflow successes,
            MeetingService meetings, SupportService support, Clock clock) {
        this.workflow = workflow;
        this.trajectories = trajectories;
        this.people = people;
        this.involvement = involvement;
        this.visions = visions;
        this.decisionRounds = decisionRounds;
        this.inputs = inputs;
        this.successes = successes;
        this.meetings = meetings;
        this.support = support;
        this.clock = clock;
    }

    /**
     * How participation grows over the years: far along, working together. The vision is adopted,
     * everyone accepted their role, three residents accepted a seat in the steering group; one
     * decision round is decided and one waits for votes (Anouk's among them), one input was answered
     * and made a success, another waits for an answer; a meeting is planned and a travel cost claimed.
     */
    Trajectory growing(Cast cast) {
        Person marieke = cast.person(COORDINATOR);
        Person jeroen = cast.person(PROFESSIONAL);
        Person anouk = cast.person(RESIDENT1);
        Person daan = cast.person(RESIDENT2);
        Person fenna = cast.person(RESIDENT3);
        Person kees = cast.person(RESIDENT4);
        Person yasmina = cast.person(RESIDENT5);
        TrajectoryId id = workflow.start(new StartTrajectory(GROWING, "Inwonerparticipatie die met de jaren groeit",
                "Dalfsen, Nieuwleusen en Lemelerveld", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                cast.municipality().id(), marieke.id(), jeroen.id(), null, null)).id();
        join(id, anouk, daan, fenna, kees, yasmina);

        ExistingNetwork council = involvement.mapNetwork(id, new MapNetwork(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL,
                "Dorpsraad Nieuwleusen", "Via de secretaris; de raad vergadert elke eerste maandag van de maand."));
        involvement.mapNetwork(id, new MapNetwork(NetworkKind.SPORTS_CLUB, "Sportvereniging Dalfsen",
                "Via de kantinecommissie."));
        recruit(id, anouk, RecruitmentChannel.EXISTING_NETWORK, council);
        recruit(id, daan, RecruitmentChannel.EXISTING_NETWORK, council);
        recruit(id, fenna, RecruitmentChannel.DOOR_TO_DOOR, null);
        recruit(id, kees, RecruitmentChannel.FRONT_LINE_PROFESSIONAL, null);
        recruit(id, yasmina, RecruitmentChannel.ONLINE, null);
        complete(marieke, id, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        holdConversations(id, List.of(anouk, daan, fenna, kees, yasmina), jeroen, marieke);

        complete(marieke, id, Activities.DRAFT_VISION, new VisionDraftOutcome(
                "Inwoners en organisaties werken samen aan een gezonde gemeente. Elk jaar bepalen inwoners een stukje meer zelf.",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null,
                                "Wij denken en beslissen mee in de stuurgroep en zeggen het als iets niet werkt."),
                        new VisionContent.Expectation(Party.PROFESSIONALS, null,
                                "Wij luisteren, delen op tijd wat we weten en geven op elke inbreng antwoord."),
                        new VisionContent.Expectation(Party.ORGANISATION, null,
                                "De gemeente geeft inwoners ruimte, tijd en een vergoeding voor hun inzet.")),
                List.of(new VisionContent.Criterion("Inbreng van inwoners krijgt op tijd antwoord", "Overzicht van de inbreng",
                                "9 van de 10 binnen twee weken"),
                        new VisionContent.Criterion("Elk jaar zichtbare successen", "Overzicht van de successen", "Minstens 3 per jaar"),
                        new VisionContent.Criterion("Elk jaar doen meer inwoners mee", "Aantal betrokken inwoners",
                                "5 inwoners meer per jaar"))));
        reviewAll(id, ReviewVerdict.ENDORSED, marieke, jeroen, anouk, daan, fenna, kees, yasmina);

        complete(marieke, id, Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(List.of(
                proposal(id, marieke, Role.COORDINATOR, "Het traject coördineren en de rollen bewaken", 24, null),
                proposal(id, jeroen, Role.CONTACT_PERSON, "Vast aanspreekpunt voor inwoners; inbreng beantwoorden", 16, null),
                proposal(id, anouk, Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", 6, "Reiskosten en een training vergaderen"),
                proposal(id, daan, Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", 4, "Reiskosten en een training vergaderen"),
                proposal(id, fenna, Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", 4, "Reiskosten en vervoer naar de bijeenkomsten"),
                proposal(id, kees, Role.BUDDY, "Nieuwe deelnemers wegwijs maken", 3, "Reiskosten"),
                proposal(id, yasmina, Role.IDEA_SHARER, "Ideeën ophalen in de wijk en inbrengen", 2, "Reiskosten"))));
        for (Person person : List.of(marieke, jeroen, anouk, daan, fenna, kees, yasmina)) {
            complete(person, id, Activities.RESPOND_TO_ROLE_AGREEMENT,
                    new RoleAgreementResponseOutcome(RoleAgreementResponseOutcome.Answer.ACCEPT, null));
        }

        LocalDate today = today();
        LocalDate until = today.plusYears(2);
        complete(marieke, id, Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(participant(id, anouk), today, until, Set.of(Background.INFORMAL_CARER)),
                new SeatAssignment(participant(id, daan), today, until, Set.of(Background.YOUTH)),
                new SeatAssignment(participant(id, fenna), today, until, Set.of(Background.CHRONIC_ILLNESS, Background.SENIOR)),
                new SeatAssignment(participant(id, jeroen), today, until, Set.of()),
                new SeatAssignment(participant(id, marieke), today, until, Set.of())), null));
        for (Person holder : List.of(anouk, daan, fenna)) {
            complete(holder, id, Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }

        decisionRounds.open(id, new OpenRound("Wandelgroep op zaterdagochtend",
                "We starten een wandelgroep voor alle leeftijden: elke zaterdag om 10.00 uur vanaf het dorpshuis.",
                clock.instant().plus(Duration.ofDays(7))));
        complete(anouk, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Dan kan mijn moeder ook mee."));
        complete(daan, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        complete(fenna, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Graag een korte route voor wie slecht ter been is."));
        complete(jeroen, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        complete(marieke, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.ABSTAIN, null));

        ResidentInput benches = inputs.receive(new ReceiveInput(id, participant(id, kees), null, InputChannel.PORTAL,
                "Bankjes langs de wandelroute", "Langs het Vechtpad staan bijna geen bankjes. Voor ouderen is de route daardoor te lang.",
                null));
        complete(jeroen, id, Activities.RESPOND_TO_INPUT, new InputResponseOutcome(InputStatus.ADOPTED,
                "Goed idee. De gemeente zet deze maand vier bankjes langs het Vechtpad."));
        successes.register(new RegisterSuccess(id, SuccessKind.QUICK_WIN, "Vier bankjes langs het Vechtpad",
                "Op voorstel van een inwoner staan er nu vier bankjes langs de wandelroute. Zo kunnen ook ouderen mee wandelen.",
                today, Set.of(benches.id()), Set.of(visions.adopted(id).orElseThrow().successCriteria().get(1).id())));
        complete(jeroen, id, Activities.MAKE_SUCCESS_VISIBLE, new SuccessVisibilityOutcome(VisibilityChannel.NEWSLETTER));

        decisionRounds.open(id, new OpenRound("Gezonde kantine bij de sportclubs",
                "We vragen de sportclubs om in de kantine ook water, fruit en een gezonde snack te verkopen.",
                clock.instant().plus(Duration.ofDays(10))));
        complete(daan, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Goed voor de jeugd."));
        complete(jeroen, id, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));

        inputs.receive(new ReceiveInput(id, participant(id, yasmina), null, InputChannel.MEETING, "Bewegen voor ouderen overdag",
                "Veel ouderen willen graag bewegen, maar alleen overdag. Kan er een beweeggroep op dinsdagmiddag komen?", null));

        LocalDate meetingDay = today.plusDays(9);
        meetings.plan(id, new PlanMeeting(at(meetingDay, LocalTime.of(19, 30)), at(meetingDay, LocalTime.of(21, 0)),
                "Buurthuis De Spil", VenueType.NEIGHBOURHOOD_CENTRE, true, "Lotte Hendriks", true, """
                        1. Welkom en koffie
                        2. Terugblik: de wandelgroep en de bankjes
                        3. Gezonde kantine: wat vinden jullie?
                        4. Rondvraag"""));
        support.requestTravelCost(id, new RequestTravelCost(participant(id, fenna), today, "Lemelerveld", "Dalfsen", 960L));
        return trajectories.get(id);
    }

    /**
     * Reaching residents with debts or a low income: the GGD maps the networks these residents
     * trust, recruits them there, at the door and through a debt counsellor, and is holding the
     * motivation conversations. Sanne recorded the input of a resident without an account.
     */
    Trajectory lowIncomes(Cast cast) {
        Person marieke = cast.person(COORDINATOR);
        Person sanne = cast.person(PROFESSIONAL2);
        Person kees = cast.person(RESIDENT4);
        Person henk = cast.person(RESIDENT6);
        Person gerrit = people.save(Person.resident("Gerrit Hofman", null, null, null));
        Person samira = people.save(Person.resident("Samira Bouali", null, null, null));
        Person wim = people.save(Person.resident("Wim van der Linden", null, null, null));
        TrajectoryId id = workflow.start(new StartTrajectory(LOW_INCOMES,
                "Inwoners met schulden of een laag inkomen bereiken en betrekken", "Dalfsen en Lemelerveld",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, cast.ggd().id(), marieke.id(), sanne.id(),
                null, null)).id();
        join(id, kees, henk, gerrit, samira, wim);

        ExistingNetwork foodBank = involvement.mapNetwork(id, new MapNetwork(NetworkKind.OTHER_CLUB, "Voedselbank Dalfsen",
                "Uitgifte op donderdagmiddag; de coördinator stelt ons voor aan de klanten."));
        ExistingNetwork deacons = involvement.mapNetwork(id, new MapNetwork(NetworkKind.CHURCH_COUNCIL,
                "Diaconie Protestantse Gemeente Dalfsen", "Via de diaken, die gezinnen met geldzorgen kent."));
        involvement.mapNetwork(id, new MapNetwork(NetworkKind.RESIDENT_INITIATIVE, "Schuldhulpmaatje Dalfsen",
                "Vrijwilligers die mensen met geldzorgen bijstaan."));
        recruit(id, kees, RecruitmentChannel.EXISTING_NETWORK, foodBank);
        recruit(id, wim, RecruitmentChannel.EXISTING_NETWORK, deacons);
        recruit(id, henk, RecruitmentChannel.DOOR_TO_DOOR, null);
        recruit(id, gerrit, RecruitmentChannel.DOOR_TO_DOOR, null);
        recruit(id, samira, RecruitmentChannel.FRONT_LINE_PROFESSIONAL, null);
        complete(marieke, id, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        holdConversations(id, 2, sanne);

        inputs.receive(new ReceiveInput(id, participant(id, gerrit), sanne.id(), InputChannel.DOOR_TO_DOOR,
                "Brieven van instanties", "Meneer Hofman begrijpt de brieven van de gemeente en de zorgverzekeraar vaak niet. "
                        + "Hij wil graag hulp bij het lezen en één vast aanspreekpunt.", null));
        return trajectories.get(id);
    }

    /**
     * Residents shaping local integrated health policy: the coordinator's draft of the shared
     * vision is out for review; Daan endorsed it, Fenna asked for a change, the others (Anouk
     * among them) have still to answer.
     */
    Trajectory healthPolicy(Cast cast) {
        Person marieke = cast.person(COORDINATOR);
        Person jeroen = cast.person(PROFESSIONAL);
        Person sanne = cast.person(PROFESSIONAL2);
        Person anouk = cast.person(RESIDENT1);
        Person daan = cast.person(RESIDENT2);
        Person fenna = cast.person(RESIDENT3);
        Person kees = cast.person(RESIDENT4);
        Person yasmina = cast.person(RESIDENT5);
        TrajectoryId id = workflow.start(new StartTrajectory(HEALTH_POLICY, "Lokaal integraal gezondheidsbeleid", "Gemeente Dalfsen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, cast.municipality().id(), marieke.id(),
                jeroen.id(), null, null)).id();
        join(id, sanne, anouk, daan, fenna, kees, yasmina);

        ExistingNetwork council = involvement.mapNetwork(id, new MapNetwork(NetworkKind.CLIENT_OR_PATIENT_COUNCIL,
                "Adviesraad Sociaal Domein Dalfsen", "Via de voorzitter; de raad leest graag mee."));
        recruit(id, daan, RecruitmentChannel.EXISTING_NETWORK, council);
        recruit(id, kees, RecruitmentChannel.EXISTING_NETWORK, council);
        recruit(id, anouk, RecruitmentChannel.ONLINE, null);
        recruit(id, fenna, RecruitmentChannel.EVENT, null);
        recruit(id, yasmina, RecruitmentChannel.PERSONAL_NETWORK, null);
        complete(marieke, id, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        holdConversations(id, 5, jeroen, sanne);

        complete(marieke, id, Activities.DRAFT_VISION, new VisionDraftOutcome(
                "Inwoners bepalen mee wat er in de nieuwe gezondheidsnota staat, zodat het beleid past bij wat er in de kernen speelt.",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null,
                                "Wij vertellen wat gezond leven in onze kern makkelijk of moeilijk maakt en lezen de conceptnota mee."),
                        new VisionContent.Expectation(Party.PROFESSIONALS, null,
                                "Wij brengen cijfers en kennis in, in gewone taal, en laten zien wat er met elke inbreng gebeurt."),
                        new VisionContent.Expectation(Party.ORGANISATION, null,
                                "De gemeente neemt de thema's van inwoners over in de nota, of legt uit waarom niet.")),
                List.of(new VisionContent.Criterion("De thema's in de nota komen uit gesprekken met inwoners",
                                "Verslag van de gesprekken", "Elk thema heeft een bron bij inwoners"),
                        new VisionContent.Criterion("Inwoners lezen de conceptnota mee", "Aantal meelezers", "Minstens 10 inwoners"))));
        complete(daan, id, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.ENDORSED,
                "Helder, en fijn dat jongeren erin staan."));
        complete(fenna, id, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.CHANGE_REQUESTED,
                "Eenzaamheid onder ouderen ontbreekt. Dat speelt in alle kernen en hoort in de nota."));
        return trajectories.get(id);
    }

    private void join(TrajectoryId id, Person... persons) {
        for (Person person : persons) {
            trajectories.addParticipant(id, person.id());
        }
    }

    private void recruit(TrajectoryId id, Person resident, RecruitmentChannel channel, ExistingNetwork network) {
        involvement.recordRecruitment(id, participant(id, resident), channel, network == null ? null : network.id());
    }

    /**
     * Holds the conversation with each of these residents, the professionals taking turns: the
     * {@code i}-th resident tells {@code conversation(i)}, whatever order the tasks come in (the role
     * agreements proposed later stay within the hours each resident told).
     */
    private void holdConversations(TrajectoryId id, List<Person> residents, Person... professionals) {
        List<WorkflowTask> open = tasks(professionals[0], id, Activities.MOTIVATION_CONVERSATION);
        for (int i = 0; i < open.size(); i++) {
            WorkflowTask task = open.get(i);
            ParticipantId about = ParticipantId.of(workflow.context(task.id(), professionals[0].id())
                    .variable(VariableNames.RESIDENT_PARTICIPANT_ID));
            int index = residents.stream().map(resident -> participant(id, resident)).toList().indexOf(about);
            if (index >= 0) {
                workflow.complete(task.id(), professionals[i % professionals.length].id(), conversation(index));
            }
        }
    }

    /** Holds the first {@code count} open motivation conversations, the professionals taking turns. */
    private void holdConversations(TrajectoryId id, int count, Person... professionals) {
        List<WorkflowTask> open = tasks(professionals[0], id, Activities.MOTIVATION_CONVERSATION);
        for (int i = 0; i < count; i++) {
            workflow.complete(open.get(i).id(), professionals[i % professionals.length].id(), conversation(i));
        }
    }

    /** What one motivation conversation brought up; varied, as residents are. */
    private static MotivationOutcome conversation(int index) {
        List<MotivationOutcome> heard = List.of(
                new MotivationOutcome(Set.of(EnergySource.DECISION_MAKING), 6, Set.of(ParticipationLevel.PARTICIPATION),
                        Set.of(PreferredTime.EVENING), null),
                new MotivationOutcome(Set.of(EnergySource.SHARING_IDEAS, EnergySource.ORGANISING), 4,
                        Set.of(ParticipationLevel.COMMUNICATION, ParticipationLevel.PARTICIPATION), Set.of(PreferredTime.WEEKEND), null),
                new MotivationOutcome(Set.of(EnergySource.LIVED_EXPERIENCE_EXPERT), 4, Set.of(ParticipationLevel.PARTICIPATION),
                        Set.of(PreferredTime.AFTERNOON), "Vervoer naar de bijeenkomsten"),
                new MotivationOutcome(Set.of(EnergySource.BUDDY), 3, Set.of(ParticipationLevel.CONSULTATION),
                        Set.of(PreferredTime.MORNING, PreferredTime.AFTERNOON), null),
                new MotivationOutcome(Set.of(EnergySource.SHARING_IDEAS), 2, Set.of(ParticipationLevel.CONSULTATION),
                        Set.of(PreferredTime.EVENING), "Stukken graag op papier"));
        return heard.get(index % heard.size());
    }

    private void reviewAll(TrajectoryId id, ReviewVerdict verdict, Person... reviewers) {
        for (Person reviewer : reviewers) {
            complete(reviewer, id, Activities.REVIEW_VISION, new VisionReviewOutcome(verdict, null));
        }
    }

    private Proposal proposal(TrajectoryId id, Person person, Role role, String responsibilities, int hoursPerMonth,
            String supportAgreed) {
        return new Proposal(participant(id, person), role, responsibilities, hoursPerMonth, supportAgreed);
    }

    private ParticipantId participant(TrajectoryId id, Person person) {
        return trajectories.get(id).participantOf(person.id()).orElseThrow().id();
    }

    /** Completes the person's oldest open task of that kind in the trajectory, as that person. */
    private void complete(Person person, TrajectoryId id, String definitionKey, TaskOutcome outcome) {
        List<WorkflowTask> open = tasks(person, id, definitionKey);
        if (open.isEmpty()) {
            throw new IllegalStateException("demo data: no open " + definitionKey + " for " + person.displayName()
                    + " in trajectory " + id);
        }
        workflow.complete(open.get(0).id(), person.id(), outcome);
    }

    private List<WorkflowTask> tasks(Person person, TrajectoryId id, String definitionKey) {
        List<WorkflowTask> matching = new ArrayList<>();
        for (WorkflowTask task : workflow.tasks(TaskSearch.of(person.id()))) {
            if (task.trajectoryId().equals(id) && task.definitionKey().equals(definitionKey)) {
                matching.add(task);
            }
        }
        return matching;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, clock.getZone()).toInstant();
    }
}
