package nl.participationsuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.MapNetwork;
import nl.participationsuite.domain.involvement.NetworkKind;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.success.CriterionResult;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.ReportSuccess;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.conditions.ConditionsCheckOutcome;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.success.SuccessReportOutcome;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.ProgressUpdateOutcome;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One whole trajectory through the facade on the real PostgreSQL, from its start to its
 * evaluation, with six residents, two professionals and one coordinator; afterwards the domain
 * tables and the engine's history tell the same story.
 */
@WorkflowIntegrationTest
class FullTrajectoryIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    DecisionRoundWorkflow decisionRounds;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    SuccessWorkflow successes;

    @Autowired
    VisionService visions;

    @Autowired
    DecisionRoundService roundService;

    @Autowired
    InputService inputService;

    @Autowired
    SuccessService successService;

    private TrajectoryId currentTrajectory;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void runsATrajectoryFromEarlyInvolvementToItsEvaluation() {
        Setup setup = fixture.start(6, 2);
        currentTrajectory = setup.id();
        Member coordinator = setup.coordinator();
        List<Member> professionals = setup.professionals();
        List<Member> residents = setup.residents();

        // Early involvement: an existing council and door-to-door, six residents through three channels.
        var council = involvement.mapNetwork(setup.id(), new MapNetwork(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL,
                "Dorpsraad Lemelerveld", "Secretaris via het dorpshuis"));
        for (int i = 0; i < residents.size(); i++) {
            RecruitmentChannel channel = i < 2 ? RecruitmentChannel.EXISTING_NETWORK
                    : i < 4 ? RecruitmentChannel.DOOR_TO_DOOR : RecruitmentChannel.FRONT_LINE_PROFESSIONAL;
            involvement.recordRecruitment(setup.id(), residents.get(i).participant(), channel,
                    channel == RecruitmentChannel.EXISTING_NETWORK ? council.id() : null);
        }
        fixture.complete(setup, coordinator, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());
        assertPhase(setup, Phase.MOTIVATION);

        // Motivation: one conversation per resident, held by either professional.
        List<WorkflowTask> conversations = fixture.tasks(professionals.get(0), setup.id(), Activities.MOTIVATION_CONVERSATION);
        assertThat(conversations).hasSize(6);
        for (int i = 0; i < conversations.size(); i++) {
            workflow.complete(conversations.get(i).id(), professionals.get(i % 2).person(), new MotivationOutcome(
                    Set.of(i % 2 == 0 ? EnergySource.DECISION_MAKING : EnergySource.SHARING_IDEAS), 4 + i,
                    Set.of(ParticipationLevel.PARTICIPATION), Set.of(PreferredTime.EVENING), null));
        }
        assertPhase(setup, Phase.SHARED_VISION);

        // Shared vision: drafted, endorsed by all nine, adopted.
        fixture.complete(setup, coordinator, Activities.DRAFT_VISION, new VisionDraftOutcome(
                "Inwoners van Lemelerveld bepalen mee hoe de wijk gezonder wordt.",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Meedenken en meebeslissen in de stuurgroep"),
                        new VisionContent.Expectation(Party.ORGANISATION, null, "Tijd, ruimte en terugkoppeling op elke inbreng")),
                List.of(new VisionContent.Criterion("Inbreng krijgt binnen twee weken antwoord", "Registratie van inbreng",
                        "90 procent"),
                        new VisionContent.Criterion("Minstens twee zichtbare successen per jaar", "Successenregister", "2"))));
        for (Member member : setup.everyone()) {
            fixture.complete(setup, member, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
        }
        assertPhase(setup, Phase.ROLE_AGREEMENTS);

        // Role agreements: proposed for everyone, each accepts their own.
        List<RoleProposalOutcome.Proposal> proposals = new ArrayList<>();
        for (Member member : setup.everyone()) {
            Role role = member == coordinator ? Role.COORDINATOR
                    : professionals.contains(member) ? Role.PROFESSIONAL_SUPPORT : Role.DECISION_MAKER;
            proposals.add(new RoleProposalOutcome.Proposal(member.participant(), role, "Meedoen aan de stuurgroep", 4,
                    "Reiskostenvergoeding"));
        }
        fixture.complete(setup, coordinator, Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(proposals));
        for (Member member : setup.everyone()) {
            fixture.complete(setup, member, Activities.RESPOND_TO_ROLE_AGREEMENT,
                    new RoleAgreementResponseOutcome(RoleAgreementResponseOutcome.Answer.ACCEPT, null));
        }
        assertPhase(setup, Phase.DECISION_SEATS);

        continueFromDecisionSeats(setup);
    }

    /** Decision seats, working together and the evaluation; then what the tables and the history say. */
    private void continueFromDecisionSeats(Setup setup) {
        Member coordinator = setup.coordinator();
        List<Member> professionals = setup.professionals();
        List<Member> residents = setup.residents();

        // Decision seats: three residents with different backgrounds, a professional and the coordinator.
        LocalDate from = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate until = from.plusYears(2);
        fixture.complete(setup, coordinator, Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(residents.get(0).participant(), from, until, Set.of(Background.LOW_INCOME)),
                new SeatAssignment(residents.get(1).participant(), from, until, Set.of(Background.INFORMAL_CARER)),
                new SeatAssignment(residents.get(2).participant(), from, until, Set.of(Background.YOUTH)),
                new SeatAssignment(professionals.get(0).participant(), from, until, Set.of()),
                new SeatAssignment(coordinator.participant(), from, until, Set.of())), null));
        for (Member holder : residents.subList(0, 3)) {
            fixture.complete(setup, holder, Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }
        assertPhase(setup, Phase.WORKING_TOGETHER);

        // A decision round: four of five seat holders vote before the deadline, one stays absent.
        DecisionRound round = decisionRounds.open(setup.id(), new OpenRound("Plek van de wijkbijeenkomsten",
                "We houden de bijeenkomsten voortaan in het buurthuis in plaats van het gemeentehuis.",
                clock.instant().plus(Duration.ofDays(7))));
        fixture.complete(setup, residents.get(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Dichtbij en vertrouwd"));
        fixture.complete(setup, residents.get(1), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        fixture.complete(setup, professionals.get(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.ABSTAIN, null));
        fixture.complete(setup, coordinator, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.AGAINST, "Minder ruimte"));
        fixture.advance(Duration.ofDays(8));
        fixture.executeDueJobs(setup.id());

        // A resident's input, answered by a professional, and the success it led to, made visible.
        ResidentInput input = inputs.receive(new ReceiveInput(setup.id(), residents.get(3).participant(), null,
                InputChannel.PORTAL, "Bereikbaarheid", "Kan er 's avonds vervoer naar het buurthuis komen?", null));
        fixture.complete(setup, professionals.get(1), Activities.RESPOND_TO_INPUT, new InputResponseOutcome(
                InputStatus.PARTLY_ADOPTED, "Er rijdt vanaf maart een taxibusje op de avonden van de stuurgroep."));
        SuccessCriterionId firstCriterion = visions.adopted(setup.id()).orElseThrow().successCriteria().get(0).id();
        SuccessCriterionId secondCriterion = visions.adopted(setup.id()).orElseThrow().successCriteria().get(1).id();
        successes.register(new RegisterSuccess(setup.id(), SuccessKind.QUICK_WIN, "Taxibusje voor de avonden",
                "Inwoners zonder auto kunnen nu naar de bijeenkomsten.", from.plusDays(8), Set.of(input.id()),
                Set.of(firstCriterion)));
        fixture.complete(setup, professionals.get(0), Activities.MAKE_SUCCESS_VISIBLE, new SuccessVisibilityOutcome(VisibilityChannel.NEWSLETTER));

        // A resident without a seat steps back: the seats still meet the rules, nothing to restore.
        workflow.stepBack(setup.id(), residents.get(5).participant(), residents.get(5).person());
        assertThat(fixture.tasks(coordinator, setup.id(), Activities.RESTORE_SEATS)).isEmpty();

        // After 28 days the coordinator updates the residents; after 91 days everyone checks the conditions.
        fixture.advance(Duration.ofDays(20));
        fixture.executeDueJobs(setup.id());
        fixture.complete(setup, coordinator, Activities.SEND_PROGRESS_UPDATE, new ProgressUpdateOutcome(
                "De stuurgroep koos het buurthuis; er rijdt een taxibusje.", UpdateChannel.NEWSLETTER));
        fixture.advance(Duration.ofDays(63));
        fixture.executeDueJobs(setup.id());
        fixture.executeDueJobs(setup.id());
        for (WorkflowTask update : fixture.tasks(coordinator, setup.id(), Activities.SEND_PROGRESS_UPDATE)) {
            workflow.complete(update.id(), coordinator.person(), new ProgressUpdateOutcome(
                    "Stand van zaken: twee bijeenkomsten gehouden.", UpdateChannel.MEETING));
        }
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(4, null));
        }
        List<Member> stillTakingPart = setup.everyone().subList(0, setup.everyone().size() - 1);
        for (Member member : stillTakingPart) {
            fixture.complete(setup, member, Activities.CONDITIONS_CHECK_TASK, new ConditionsCheckOutcome(answers));
        }

        // Evaluation: the coordinator closes working together and reports against the definition of success.
        fixture.complete(setup, coordinator, Activities.CLOSE_WORKING_PHASE, new WorkingPhaseCloseOutcome());
        assertPhase(setup, Phase.EVALUATION);
        fixture.complete(setup, coordinator, Activities.REPORT_SUCCESS, new SuccessReportOutcome(List.of(
                new ReportSuccess.Assessment(firstCriterion, CriterionResult.MET, "De enige inbreng kreeg binnen een week antwoord."),
                new ReportSuccess.Assessment(secondCriterion, CriterionResult.PARTLY_MET, "Eén zichtbaar succes in dit jaar.")),
                "Inwoners beslisten mee over de plek en het vervoer.", CycleDecision.CLOSE));

        // The domain tables.
        assertPhase(setup, Phase.CLOSED);
        assertThat(trajectories.get(setup.id()).closedAt()).isNotNull();
        assertThat(count("recruitment")).isEqualTo(6);
        assertThat(count("motivation_profile")).isEqualTo(6);
        assertThat(countWhere("vision_version", "status = 'ADOPTED'")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vision_review r join vision_version v on v.id = r.vision_version_id "
                + "where v.trajectory_id = ?", Integer.class, setup.id().value())).isEqualTo(9);
        assertThat(countWhere("role_agreement", "status = 'ACCEPTED'")).isEqualTo(9);
        DecisionRound closedRound = roundService.get(round.id());
        assertThat(closedRound.outcome()).isEqualTo(RoundOutcome.ADOPTED);
        assertThat(closedRound.votes()).extracting(vote -> vote.choice()).containsExactlyInAnyOrder(
                VoteChoice.FOR, VoteChoice.FOR, VoteChoice.ABSTAIN, VoteChoice.AGAINST, VoteChoice.ABSENT);
        ResidentInput answered = inputService.get(input.id());
        assertThat(answered.status()).isEqualTo(InputStatus.PARTLY_ADOPTED);
        assertThat(answered.feedbackBy()).isEqualTo(professionals.get(1).person());
        assertThat(answered.escalatedAt()).isNull();
        assertThat(successService.successes(setup.id())).singleElement().satisfies(success ->
                assertThat(success.visibleHow()).isEqualTo(VisibilityChannel.NEWSLETTER));
        assertThat(trajectories.progressUpdates(setup.id())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(count("conditions_answer_set")).isEqualTo(8);
        assertThat(successService.latestReport(setup.id())).hasValueSatisfying(report ->
                assertThat(report.decision()).isEqualTo(CycleDecision.CLOSE));
        assertThat(trajectories.get(setup.id()).participant(residents.get(5).participant()).isActive()).isFalse();

        // The engine's history.
        String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(setup.id().toString())
                .singleResult().getId();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(instance.getEndActivityId()).isEqualTo(Activities.TRAJECTORY_CLOSED);
        for (String phase : Phases.IN_ORDER) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).activityId(phase).count())
                    .as(phase).isEqualTo(1);
        }
        assertThat(finishedTasks(instanceId, Activities.MOTIVATION_CONVERSATION)).isEqualTo(6);
        assertThat(finishedTasks(instanceId, Activities.REVIEW_VISION)).isEqualTo(9);
        assertThat(finishedTasks(instanceId, Activities.RESPOND_TO_ROLE_AGREEMENT)).isEqualTo(9);
        assertThat(finishedTasks(instanceId, Activities.ACCEPT_SEAT)).isEqualTo(3);
        assertThat(finishedTasks(instanceId, Activities.CAST_VOTE)).isEqualTo(5);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(Activities.CLOSE_DECISION_ROUND).count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(Activities.RECORD_STEP_BACK).count()).isEqualTo(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(VariableNames.TRAJECTORY_ID).singleResult().getValue()).isEqualTo(setup.id().toString());
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).unfinished().count()).isZero();
    }

    private long finishedTasks(String instanceId, String activity) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).taskDefinitionKey(activity)
                .finished().count();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where trajectory_id = ?", Integer.class,
                currentTrajectory.value());
    }

    private int countWhere(String table, String condition) {
        return jdbc.queryForObject("select count(*) from " + table + " where trajectory_id = ? and " + condition,
                Integer.class, currentTrajectory.value());
    }

    private void assertPhase(Setup setup, Phase phase) {
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(phase);
    }

}
