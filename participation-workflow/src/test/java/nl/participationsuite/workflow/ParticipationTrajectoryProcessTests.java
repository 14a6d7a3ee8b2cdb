package nl.participationsuite.workflow;

import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ACCEPT_SEAT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.SEAT_ACCEPTANCE_OVERDUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.SEAT_ACCEPTANCE_REMINDER;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.SEAT_ACCEPTANCE_FOLLOW_UP;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.SEAT_ACCEPTANCE_NEW_DUE_DATE_PASSED;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.VISION_REVIEW_OVERDUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.VISION_REVIEW_FOLLOW_UP;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.VISION_REVIEW_NEW_DUE_DATE_PASSED;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ROLE_RESPONSE_OVERDUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ROLE_RESPONSE_FOLLOW_UP;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ROLE_RESPONSE_NEW_DUE_DATE_PASSED;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ROLE_RESPONSE_LEFT_TO_STEP_BACK;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ADOPT_VISION;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CAST_VOTE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.INPUT_RESPONSE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CHECK_EARLY_INVOLVEMENT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CLOSE_DECISION_ROUND;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CLOSE_TRAJECTORY;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CLOSE_WORKING_PHASE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.COMPOSE_STEERING_GROUP;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CONDITIONS_CHECK_DUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.CONDITIONS_CHECK_TASK;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.DRAFT_VISION;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ESCALATE_LATE_INPUT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.INPUT_RESPONSE_OVERDUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.LIST_PARTICIPANTS_FOR_CHECK;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.LIST_SEAT_HOLDERS;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.LOAD_SEAT_COMPOSITION_AFTER_STEP_BACK;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.MAKE_SUCCESS_VISIBLE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.MOTIVATION_CONVERSATION;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.PROGRESS_UPDATE_DUE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.PROPOSE_ROLE_AGREEMENTS;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RECORD_STEP_BACK;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RECRUITMENT_REMINDER_TIMER;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RECRUIT_RESIDENTS;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.REMIND_COORDINATOR;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RENEGOTIATE_ROLE_AGREEMENT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.REPORT_SUCCESS;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RESPOND_TO_INPUT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RESPOND_TO_ROLE_AGREEMENT;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.RESTORE_SEATS;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.ROLE_AGREEMENT_WITHDRAWN;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.REVIEW_VISION;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.REVISE_VISION;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.SEND_PROGRESS_UPDATE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.START_NEW_CYCLE;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.TRAJECTORY_CLOSED;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.VOTING_DEADLINE_PASSED;
import static nl.participationsuite.workflow.TrajectoryProcess.Activities.WORKING_PHASE_CLOSED;
import static nl.participationsuite.workflow.TrajectoryProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.workflow.TrajectoryProcess.Beans;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.stubbing.Answer;

/**
 * Every path of the participation trajectory, with the delegates mocked, on the engine's in-memory
 * H2 and its clock. The class fails when the tests together pass less than 90 % of the model's flow
 * nodes and sequence flows; the report lands in target/process-test-coverage.
 */
@Deployment(resources = {
        TrajectoryProcess.BPMN_RESOURCE,
        TrajectoryProcess.EARLY_INVOLVEMENT_DMN_RESOURCE})
class ParticipationTrajectoryProcessTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String TRAJECTORY_ID = "5f0e8a4e-7b8d-4c1e-9a0b-3d2f6c7e8a91";
    private static final String COORDINATORS = "trajectory:" + TRAJECTORY_ID + ":coordinator";
    private static final String PROFESSIONALS = "trajectory:" + TRAJECTORY_ID + ":professionals";
    /** A Monday morning; every step of a test happens at this instant unless the test moves the clock. */
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    private static final List<String> RESIDENTS = List.of("resident-1", "resident-2", "resident-3");
    private static final List<String> REVIEWERS = List.of("person-ann", "person-bas");
    private static final List<String> PARTICIPANTS = List.of("person-ann", "person-bas");
    private static final List<String> SEAT_HOLDERS = List.of("person-ann", "person-cor");
    private static final List<String> VOTERS = List.of("person-ann", "person-cor", "person-dirk");

    ProcessEngine processEngine;

    private final ExecutionListener phaseListener = mock(ExecutionListener.class);
    private final Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
    private final List<String> phasesEntered = new ArrayList<>();

    @BeforeEach
    void registerDelegatesAndSetTheClock() throws Exception {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(START));

        doAnswer(invocation -> {
            phasesEntered.add(((DelegateExecution) invocation.getArgument(0)).getCurrentActivityId());
            return null;
        }).when(phaseListener).notify(any());
        Mocks.register(Beans.PHASE_LISTENER, phaseListener);
        for (String bean : Beans.ALL) {
            if (!bean.equals(Beans.PHASE_LISTENER)) {
                JavaDelegate delegate = mock(JavaDelegate.class);
                delegates.put(bean, delegate);
                Mocks.register(bean, delegate);
            }
        }
        stub(Beans.LOAD_INVOLVEMENT_STATUS, involvementStatus(6, 2));
        stub(Beans.LIST_RESIDENTS, setting(VariableNames.RESIDENT_PARTICIPANT_IDS, RESIDENTS));
        stub(Beans.LIST_REVIEWERS, setting(VariableNames.REVIEWERS, REVIEWERS));
        stub(Beans.CHECK_ENDORSEMENTS, setting(VariableNames.ALL_ENDORSED, true));
        stub(Beans.LIST_PARTICIPANTS, setting(VariableNames.PARTICIPANT_PERSON_IDS, PARTICIPANTS));
        stub(Beans.OPEN_CONDITIONS_CHECK, setting(VariableNames.PARTICIPANT_PERSON_IDS, PARTICIPANTS));
        stub(Beans.LOAD_SEAT_COMPOSITION, seatComposition(2, 6, 2, false));
        stub(Beans.LIST_RESIDENT_SEAT_HOLDERS, setting(VariableNames.RESIDENT_SEAT_HOLDER_IDS, SEAT_HOLDERS));
        stub(Beans.CHECK_SEAT_ACCEPTANCE, setting(VariableNames.ALL_SEATS_ACCEPTED, true));
        stub(Beans.LIST_VOTERS, setting(VariableNames.VOTER_IDS, VOTERS));
        // as the real delegates do: a due date one response time (here the default, 14 days) from now
        stub(Beans.START_RESPONSE_DEADLINE, invocation -> {
            ((DelegateExecution) invocation.getArgument(0)).setVariableLocal(VariableNames.RESPONSE_DUE, responseDueFromNow());
            return null;
        });
        stub(Beans.EXTEND_RESPONSE_DEADLINE, invocation -> {
            ((DelegateExecution) invocation.getArgument(0)).setVariable(VariableNames.RESPONSE_DUE, responseDueFromNow());
            return null;
        });
    }

    @AfterEach
    void resetTheClockAndTheMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void shouldLeadATrajectoryFromStartToClosed() throws Exception {
        ProcessInstance trajectory = startTrajectory();

        assertThat(trajectory).isWaitingAt(RECRUIT_RESIDENTS).hasBusinessKey(TRAJECTORY_ID);
        assertThat(trajectory).task().hasCandidateGroup(COORDINATORS).hasFormKey(TrajectoryProcess.FormKeys.RECRUITMENT);
        complete(task(RECRUIT_RESIDENTS, trajectory));

        assertThat(trajectory).isWaitingAt(MOTIVATION_CONVERSATION).hasPassed(CHECK_EARLY_INVOLVEMENT);
        assertThat(tasks(trajectory, MOTIVATION_CONVERSATION))
                .hasSize(RESIDENTS.size())
                .allSatisfy(conversation -> assertThat(conversation).hasCandidateGroup(PROFESSIONALS));
        assertThat(taskVariables(trajectory, MOTIVATION_CONVERSATION, VariableNames.RESIDENT_PARTICIPANT_ID))
                .containsExactlyInAnyOrderElementsOf(RESIDENTS);
        completeAll(trajectory, MOTIVATION_CONVERSATION);

        assertThat(trajectory).isWaitingAt(DRAFT_VISION);
        complete(task(DRAFT_VISION, trajectory));
        assertThat(assignees(trajectory, REVIEW_VISION)).containsExactlyInAnyOrderElementsOf(REVIEWERS);
        completeAll(trajectory, REVIEW_VISION);
        verify(delegate(Beans.ADOPT_VISION)).execute(any());

        assertThat(trajectory).isWaitingAt(PROPOSE_ROLE_AGREEMENTS).hasNotPassed(REVISE_VISION);
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));
        assertThat(assignees(trajectory, RESPOND_TO_ROLE_AGREEMENT)).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
        completeAll(trajectory, RESPOND_TO_ROLE_AGREEMENT, withVariables(VariableNames.ROLE_ACCEPTED, true));

        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP);
        complete(task(COMPOSE_STEERING_GROUP, trajectory));
        assertThat(assignees(trajectory, ACCEPT_SEAT)).containsExactlyInAnyOrderElementsOf(SEAT_HOLDERS);
        completeAll(trajectory, ACCEPT_SEAT);

        assertThat(trajectory).isWaitingAt(CLOSE_WORKING_PHASE).hasPassed(LIST_SEAT_HOLDERS);
        complete(task(CLOSE_WORKING_PHASE, trajectory));

        assertThat(trajectory).isWaitingAt(REPORT_SUCCESS).hasPassed(WORKING_PHASE_CLOSED);
        complete(task(REPORT_SUCCESS, trajectory), withVariables(VariableNames.NEW_CYCLE, false));

        assertThat(trajectory).isEnded().hasPassed(CLOSE_TRAJECTORY, TRAJECTORY_CLOSED).hasNotPassed(START_NEW_CYCLE);
        verify(delegate(Beans.CLOSE_TRAJECTORY)).execute(any());
        assertThat(phasesEntered).containsExactlyElementsOf(Phases.IN_ORDER);
    }

    @Test
    void shouldHoldTheGateUntilEnoughResidentsFromEnoughChannelsAreInvolved() throws Exception {
        stubInOrder(Beans.LOAD_INVOLVEMENT_STATUS,
                involvementStatus(4, 3),   // one resident short
                involvementStatus(5, 1),   // enough residents, one channel
                involvementStatus(5, 2));  // exactly the minimums
        ProcessInstance trajectory = startTrajectory();

        complete(task(RECRUIT_RESIDENTS, trajectory));
        assertThat(trajectory).isWaitingAt(RECRUIT_RESIDENTS).hasPassed(CHECK_EARLY_INVOLVEMENT);
        Task heldRecruitment = task(RECRUIT_RESIDENTS, trajectory);

        Job reminder = job(RECRUITMENT_REMINDER_TIMER, trajectory);
        assertThat(reminder.getDuedate()).isEqualTo(daysAfter(START, 14));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);

        verify(delegate(Beans.REMIND_COORDINATOR)).execute(any());
        assertThat(trajectory).isWaitingAt(RECRUIT_RESIDENTS).hasPassed(REMIND_COORDINATOR, "CoordinatorReminded");
        assertThat(task(RECRUIT_RESIDENTS, trajectory).getId())
                .as("the reminder does not interrupt the recruitment")
                .isEqualTo(heldRecruitment.getId());
        assertThat(job(RECRUITMENT_REMINDER_TIMER, trajectory).getDuedate()).isEqualTo(daysAfter(START, 28));

        complete(task(RECRUIT_RESIDENTS, trajectory));
        assertThat(trajectory).isWaitingAt(RECRUIT_RESIDENTS);
        complete(task(RECRUIT_RESIDENTS, trajectory));

        assertThat(trajectory).isWaitingAt(MOTIVATION_CONVERSATION).isNotWaitingAt(RECRUIT_RESIDENTS);
        assertThat(jobQuery().processInstanceId(trajectory.getId()).activityId(RECRUITMENT_REMINDER_TIMER).count())
                .as("the reminder stops with the recruitment").isZero();
        verify(delegate(Beans.LOAD_INVOLVEMENT_STATUS), times(3)).execute(any());
    }

    @Test
    void shouldReviseTheVisionWhenAChangeIsRequestedAndAdoptItOnceEveryoneEndorses() throws Exception {
        stubInOrder(Beans.CHECK_ENDORSEMENTS,
                setting(VariableNames.ALL_ENDORSED, false),
                setting(VariableNames.ALL_ENDORSED, true));
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        complete(task(DRAFT_VISION, trajectory));

        completeAll(trajectory, REVIEW_VISION);
        assertThat(trajectory).isWaitingAt(REVISE_VISION).isNotWaitingAt(REVIEW_VISION);
        assertThat(trajectory).task().hasCandidateGroup(COORDINATORS).hasFormKey(TrajectoryProcess.FormKeys.VISION_REVISION);
        verify(delegate(Beans.ADOPT_VISION), never()).execute(any());

        complete(task(REVISE_VISION, trajectory));
        assertThat(assignees(trajectory, REVIEW_VISION)).containsExactlyInAnyOrderElementsOf(REVIEWERS);
        completeAll(trajectory, REVIEW_VISION);

        assertThat(trajectory).isWaitingAt(PROPOSE_ROLE_AGREEMENTS);
        verify(delegate(Beans.LIST_REVIEWERS), times(2)).execute(any());
        verify(delegate(Beans.ADOPT_VISION)).execute(any());
    }

    @Test
    void shouldRenegotiateARoleAgreementUntilTheParticipantAccepts() throws Exception {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        completeSharedVision(trajectory);
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));

        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-ann"),
                withVariables(VariableNames.ROLE_ACCEPTED, true));
        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-bas"),
                withVariables(VariableNames.ROLE_ACCEPTED, false));

        assertThat(trajectory).isWaitingAt(RENEGOTIATE_ROLE_AGREEMENT).isNotWaitingAt(RESPOND_TO_ROLE_AGREEMENT);
        assertThat(trajectory).task().hasCandidateGroup(COORDINATORS);
        assertThat(runtimeService().getVariable(trajectory.getId(), VariableNames.ROLE_ACCEPTED))
                .as("each participant's answer stays in that participant's instance").isNull();

        complete(task(RENEGOTIATE_ROLE_AGREEMENT, trajectory));
        assertThat(assignees(trajectory, RESPOND_TO_ROLE_AGREEMENT)).containsExactly("person-bas");
        complete(task(RESPOND_TO_ROLE_AGREEMENT, trajectory), withVariables(VariableNames.ROLE_ACCEPTED, true));

        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP);
    }

    @Test
    void shouldEndARoleAgreementAsWithdrawnNotAcceptedWhenItsParticipantSteppedBack() throws Exception {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        completeSharedVision(trajectory);
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));

        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-ann"),
                withVariables(VariableNames.ROLE_ACCEPTED, true));
        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-bas"),
                withVariables(VariableNames.ROLE_ACCEPTED, false, VariableNames.ROLE_WITHDRAWN, true));

        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP).hasPassed(ROLE_AGREEMENT_WITHDRAWN)
                .hasNotPassed(RENEGOTIATE_ROLE_AGREEMENT);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(trajectory.getId())
                .activityId("RoleAgreementAccepted").count()).isOne();
    }

    @Test
    void shouldComposeAgainWhenASeatIsDeclined() throws Exception {
        stubInOrder(Beans.CHECK_SEAT_ACCEPTANCE,
                setting(VariableNames.ALL_SEATS_ACCEPTED, false),
                setting(VariableNames.ALL_SEATS_ACCEPTED, true));
        ProcessInstance trajectory = reachDecisionSeats();
        complete(task(COMPOSE_STEERING_GROUP, trajectory));

        completeAll(trajectory, ACCEPT_SEAT);
        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP).isNotWaitingAt(ACCEPT_SEAT);

        complete(task(COMPOSE_STEERING_GROUP, trajectory));
        completeAll(trajectory, ACCEPT_SEAT);
        assertThat(trajectory).isWaitingAt(CLOSE_WORKING_PHASE);
        verify(delegate(Beans.CHECK_SEAT_ACCEPTANCE), times(2)).execute(any());
    }

    @Test
    void shouldCloseTheDecisionRoundWithAbsentVotesWhenTheDeadlinePasses() throws Exception {
        List<String> roundsClosed = recordVariableOnEachCall(Beans.CLOSE_DECISION_ROUND, VariableNames.DECISION_ROUND_ID);
        ProcessInstance trajectory = reachWorkingTogether();
        Date deadline = daysAfter(START, 7);

        openDecisionRound("round-1", deadline);
        assertThat(assignees(trajectory, CAST_VOTE)).containsExactlyInAnyOrderElementsOf(VOTERS);
        complete(taskAssignedTo(trajectory, CAST_VOTE, "person-ann"));

        Job votingDeadline = job(VOTING_DEADLINE_PASSED, trajectory);
        assertThat(votingDeadline.getDuedate()).isEqualTo(deadline);
        ClockUtil.setCurrentTime(deadline);
        execute(votingDeadline);

        assertThat(trajectory).isNotWaitingAt(CAST_VOTE)
                .hasPassed(VOTING_DEADLINE_PASSED, CLOSE_DECISION_ROUND, "DecisionRoundClosed")
                .isWaitingAt(CLOSE_WORKING_PHASE);
        assertThat(roundsClosed).containsExactly("round-1");
    }

    @Test
    void shouldCloseTheDecisionRoundWhenAllVotesAreInBeforeTheDeadline() throws Exception {
        List<String> roundsClosed = recordVariableOnEachCall(Beans.CLOSE_DECISION_ROUND, VariableNames.DECISION_ROUND_ID);
        ProcessInstance trajectory = reachWorkingTogether();
        openDecisionRound("round-1", daysAfter(START, 7));

        assertThat(trajectory).task(taskQuery().taskDefinitionKey(CAST_VOTE).taskAssignee("person-cor"))
                .hasFormKey(TrajectoryProcess.FormKeys.VOTE);
        completeAll(trajectory, CAST_VOTE);

        assertThat(trajectory).hasPassed(CLOSE_DECISION_ROUND).hasNotPassed(VOTING_DEADLINE_PASSED)
                .isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
        assertThat(jobQuery().processInstanceId(trajectory.getId()).activityId(VOTING_DEADLINE_PASSED).count()).isZero();
        assertThat(roundsClosed).containsExactly("round-1");
    }

    @Test
    void shouldKeepTheVotersAndDeadlineOfConcurrentDecisionRoundsApart() throws Exception {
        List<String> roundsClosed = recordVariableOnEachCall(Beans.CLOSE_DECISION_ROUND, VariableNames.DECISION_ROUND_ID);
        stub(Beans.LIST_VOTERS, invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            List<String> voters = "round-1".equals(execution.getVariable(VariableNames.DECISION_ROUND_ID))
                    ? List.of("person-ann", "person-cor") : List.of("person-dirk");
            execution.setVariable(VariableNames.VOTER_IDS, transientList(voters));
            return null;
        });
        ProcessInstance trajectory = reachWorkingTogether();

        openDecisionRound("round-1", daysAfter(START, 7));
        openDecisionRound("round-2", daysAfter(START, 14));

        assertThat(runtimeService().getVariable(trajectory.getId(), VariableNames.DECISION_ROUND_ID))
                .as("a round's facts stay in that round").isNull();
        Task dirksVote = taskAssignedTo(trajectory, CAST_VOTE, "person-dirk");
        assertThat(taskService().getVariable(dirksVote.getId(), VariableNames.DECISION_ROUND_ID)).isEqualTo("round-2");

        Job firstDeadline = jobQuery().processInstanceId(trajectory.getId()).activityId(VOTING_DEADLINE_PASSED)
                .orderByJobDuedate().asc().list().get(0);
        assertThat(firstDeadline.getDuedate()).isEqualTo(daysAfter(START, 7));
        ClockUtil.setCurrentTime(firstDeadline.getDuedate());
        execute(firstDeadline);

        assertThat(roundsClosed).containsExactly("round-1");
        assertThat(assignees(trajectory, CAST_VOTE)).containsExactly("person-dirk");
        complete(task(CAST_VOTE, trajectory));
        assertThat(roundsClosed).containsExactly("round-1", "round-2");
    }

    @Test
    void shouldEscalateALateInputResponseAndKeepTheResponseTaskOpen() throws Exception {
        List<String> escalatedInputs = recordVariableOnEachCall(Beans.ESCALATE_LATE_INPUT, VariableNames.INPUT_ID);
        ProcessInstance trajectory = reachWorkingTogether();
        Date dueDate = daysAfter(START, 10);

        correlate(Messages.INPUT_RECEIVED, Map.of(VariableNames.INPUT_ID, "input-1", VariableNames.INPUT_DUE_DATE, dueDate));
        Task response = task(RESPOND_TO_INPUT, trajectory);
        assertThat(response).hasCandidateGroup(PROFESSIONALS).hasDueDate(dueDate)
                .hasFormKey(TrajectoryProcess.FormKeys.INPUT_RESPONSE);

        Job overdue = job(INPUT_RESPONSE_OVERDUE, trajectory);
        assertThat(overdue.getDuedate()).isEqualTo(dueDate);
        ClockUtil.setCurrentTime(dueDate);
        execute(overdue);

        assertThat(escalatedInputs).containsExactly("input-1");
        assertThat(trajectory).hasPassed(ESCALATE_LATE_INPUT, "LateInputEscalated").isWaitingAt(RESPOND_TO_INPUT);
        assertThat(task(RESPOND_TO_INPUT, trajectory).getId()).isEqualTo(response.getId());

        complete(task(RESPOND_TO_INPUT, trajectory));
        assertThat(trajectory).hasPassed("InputResponded").isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldAskProfessionalsToMakeARegisteredSuccessVisible() {
        ProcessInstance trajectory = reachWorkingTogether();

        correlate(Messages.SUCCESS_REGISTERED, Map.of(VariableNames.SUCCESS_ID, "success-1"));

        Task visibility = task(MAKE_SUCCESS_VISIBLE, trajectory);
        assertThat(visibility).hasCandidateGroup(PROFESSIONALS).hasFormKey(TrajectoryProcess.FormKeys.SUCCESS_VISIBILITY);
        assertThat(taskService().getVariable(visibility.getId(), VariableNames.SUCCESS_ID)).isEqualTo("success-1");
        complete(visibility);
        assertThat(trajectory).hasPassed("SuccessMadeVisible").isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldAskForAProgressUpdateEvery28Days() {
        ProcessInstance trajectory = reachWorkingTogether();

        Job progressUpdate = job(PROGRESS_UPDATE_DUE, trajectory);
        assertThat(progressUpdate.getDuedate()).isEqualTo(daysAfter(START, ProgressUpdate.CYCLE.getDays()));
        ClockUtil.setCurrentTime(progressUpdate.getDuedate());
        execute(progressUpdate);

        assertThat(trajectory).isWaitingAt(SEND_PROGRESS_UPDATE, CLOSE_WORKING_PHASE);
        assertThat(trajectory).task(SEND_PROGRESS_UPDATE).hasCandidateGroup(COORDINATORS);
        assertThat(job(PROGRESS_UPDATE_DUE, trajectory).getDuedate()).isEqualTo(daysAfter(START, 56));
        complete(task(SEND_PROGRESS_UPDATE, trajectory));
        assertThat(trajectory).hasPassed("ProgressUpdateSent").isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldAskEveryParticipantForAConditionsCheckEvery91Days() throws Exception {
        ProcessInstance trajectory = reachWorkingTogether();

        Job conditionsCheck = job(CONDITIONS_CHECK_DUE, trajectory);
        assertThat(conditionsCheck.getDuedate()).isEqualTo(daysAfter(START, 91));
        ClockUtil.setCurrentTime(conditionsCheck.getDuedate());
        execute(conditionsCheck);

        assertThat(trajectory).hasPassed(LIST_PARTICIPANTS_FOR_CHECK);
        assertThat(assignees(trajectory, CONDITIONS_CHECK_TASK)).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
        assertThat(job(CONDITIONS_CHECK_DUE, trajectory).getDuedate()).isEqualTo(daysAfter(START, 182));
        verify(delegate(Beans.OPEN_CONDITIONS_CHECK)).execute(any());

        completeAll(trajectory, CONDITIONS_CHECK_TASK);
        assertThat(trajectory).hasPassed("ConditionsCheckCompleted").isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldAskTheCoordinatorToRestoreSeatsWhenAStepBackBreaksTheSeatRules() throws Exception {
        List<String> steppedBack = recordVariableOnEachCall(Beans.RECORD_STEP_BACK, VariableNames.PARTICIPANT_ID);
        ProcessInstance trajectory = reachWorkingTogether();
        stub(Beans.LOAD_SEAT_COMPOSITION, seatComposition(2, 7, 2, false));

        correlate(Messages.RESIDENT_STEPPED_BACK, Map.of(VariableNames.PARTICIPANT_ID, "participant-ann"));

        assertThat(steppedBack).containsExactly("participant-ann");
        assertThat(trajectory).hasPassed(RECORD_STEP_BACK, LOAD_SEAT_COMPOSITION_AFTER_STEP_BACK)
                .isWaitingAt(RESTORE_SEATS, CLOSE_WORKING_PHASE);
        assertThat(verdict(trajectory)).containsEntry(VariableNames.COMPOSITION_OK, false)
                .containsEntry(VariableNames.BROKEN_RULE, SeatCompositionRules.RESIDENT_SHARE_TOO_LOW);
        Task restore = task(RESTORE_SEATS, trajectory);
        assertThat(restore).hasCandidateGroup(COORDINATORS).hasFormKey(TrajectoryProcess.FormKeys.SEAT_RESTORATION);
        assertThat(taskService().getVariable(restore.getId(), VariableNames.PARTICIPANT_ID)).isEqualTo("participant-ann");
        assertThat(runtimeService().getVariable(trajectory.getId(), VariableNames.PARTICIPANT_ID)).isNull();

        complete(restore);
        assertThat(trajectory).hasPassed("SeatsRestored").isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldOnlyRecordAStepBackThatKeepsTheSeatRules() throws Exception {
        ProcessInstance trajectory = reachWorkingTogether();
        stub(Beans.LOAD_SEAT_COMPOSITION, seatComposition(3, 7, 2, false));

        correlate(Messages.RESIDENT_STEPPED_BACK, Map.of(VariableNames.PARTICIPANT_ID, "participant-ann"));

        verify(delegate(Beans.RECORD_STEP_BACK)).execute(any());
        assertThat(trajectory).hasPassed("StepBackRecorded").hasNotPassed(RESTORE_SEATS)
                .isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
    }

    @Test
    void shouldOnlyRecordAStepBackBeforeASteeringGroupExists() throws Exception {
        stub(Beans.LOAD_SEAT_COMPOSITION, seatComposition(0, 0, 0, false, false));
        ProcessInstance trajectory = startTrajectory();

        correlate(Messages.RESIDENT_STEPPED_BACK, Map.of(VariableNames.PARTICIPANT_ID, "participant-ann"));

        verify(delegate(Beans.RECORD_STEP_BACK)).execute(any());
        assertThat(trajectory).hasPassed("StepBackRecorded").hasNotPassed(RESTORE_SEATS)
                .isWaitingAtExactly(Phases.EARLY_INVOLVEMENT, RECRUIT_RESIDENTS);
    }

    @Test
    void shouldEndOpenWorkOfTheWorkingPhaseButKeepUnansweredInputWhenTheCoordinatorClosesIt() {
        ProcessInstance trajectory = reachWorkingTogether();
        openDecisionRound("round-1", daysAfter(START, 7));
        correlate(Messages.INPUT_RECEIVED, Map.of(VariableNames.INPUT_ID, "input-1", VariableNames.INPUT_DUE_DATE, daysAfter(START, 10)));

        complete(task(CLOSE_WORKING_PHASE, trajectory));

        assertThat(trajectory).isWaitingAtExactly(Phases.EVALUATION, REPORT_SUCCESS, INPUT_RESPONSE, RESPOND_TO_INPUT)
                .hasPassed(WORKING_PHASE_CLOSED);
        assertThat(jobQuery().processInstanceId(trajectory.getId()).list())
                .as("only the unanswered input's escalation outlives the working phase")
                .extracting(job -> ((org.camunda.bpm.engine.runtime.Job) job).getDuedate())
                .containsExactly(daysAfter(START, 10));
    }

    @Test
    void shouldAskToRespondToInputGivenInAnyPhase() {
        ProcessInstance trajectory = startTrajectory();

        correlate(Messages.INPUT_RECEIVED, Map.of(VariableNames.INPUT_ID, "input-early", VariableNames.INPUT_DUE_DATE, daysAfter(START, 14)));

        assertThat(trajectory).isWaitingAtExactly(Phases.EARLY_INVOLVEMENT, RECRUIT_RESIDENTS, INPUT_RESPONSE, RESPOND_TO_INPUT);
        complete(task(RESPOND_TO_INPUT, trajectory));
        assertThat(trajectory).isWaitingAtExactly(Phases.EARLY_INVOLVEMENT, RECRUIT_RESIDENTS);
    }

    @Test
    void shouldStartANewCycleOfWorkingTogetherAfterTheEvaluation() throws Exception {
        ProcessInstance trajectory = reachWorkingTogether();
        complete(task(CLOSE_WORKING_PHASE, trajectory));

        assertThat(trajectory).task().hasCandidateGroup(COORDINATORS).hasFormKey(TrajectoryProcess.FormKeys.SUCCESS_REPORT);
        complete(task(REPORT_SUCCESS, trajectory), withVariables(VariableNames.NEW_CYCLE, true));

        verify(delegate(Beans.START_NEW_CYCLE)).execute(any());
        assertThat(trajectory).hasPassed(START_NEW_CYCLE).isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
        assertThat(job(PROGRESS_UPDATE_DUE, trajectory)).isNotNull();

        complete(task(CLOSE_WORKING_PHASE, trajectory));
        complete(task(REPORT_SUCCESS, trajectory), withVariables(VariableNames.NEW_CYCLE, false));
        assertThat(trajectory).isEnded().hasPassed(TRAJECTORY_CLOSED);
        assertThat(phasesEntered).endsWith(Phases.WORKING_TOGETHER, Phases.EVALUATION,
                Phases.WORKING_TOGETHER, Phases.EVALUATION);
    }

    @Test
    void shouldGiveEveryTaskThatWaitsOnAPersonTheResponseTimeAsItsDueDate() {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        complete(task(DRAFT_VISION, trajectory));
        assertThat(tasks(trajectory, REVIEW_VISION)).hasSize(REVIEWERS.size())
                .allSatisfy(review -> assertThat(review.getDueDate()).isEqualTo(daysAfter(START, 14)));
        assertThat(taskVariables(trajectory, REVIEW_VISION, VariableNames.AWAITED_PERSON_ID))
                .containsExactlyInAnyOrderElementsOf(REVIEWERS);
        completeAll(trajectory, REVIEW_VISION);

        ClockUtil.setCurrentTime(daysAfter(START, 1));
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));
        assertThat(tasks(trajectory, RESPOND_TO_ROLE_AGREEMENT)).hasSize(PARTICIPANTS.size())
                .allSatisfy(answer -> assertThat(answer.getDueDate()).isEqualTo(daysAfter(START, 15)));
        completeAll(trajectory, RESPOND_TO_ROLE_AGREEMENT, withVariables(VariableNames.ROLE_ACCEPTED, true));

        complete(task(COMPOSE_STEERING_GROUP, trajectory));
        assertThat(tasks(trajectory, ACCEPT_SEAT)).hasSize(SEAT_HOLDERS.size())
                .allSatisfy(seat -> assertThat(seat.getDueDate()).isEqualTo(daysAfter(START, 15)));
        assertThat(jobQuery().processInstanceId(trajectory.getId()).activityId(SEAT_ACCEPTANCE_OVERDUE).list())
                .hasSize(SEAT_HOLDERS.size())
                .allSatisfy(reminder -> assertThat(reminder.getDuedate()).isEqualTo(daysAfter(START, 15)));
        completeAll(trajectory, ACCEPT_SEAT);

        assertThat(trajectory).isWaitingAt(CLOSE_WORKING_PHASE).hasNotPassed(SEAT_ACCEPTANCE_REMINDER);
        assertThat(jobQuery().processInstanceId(trajectory.getId()).timers().list())
                .as("no reminder outlives its wait").noneMatch(job -> job.getDuedate().equals(daysAfter(START, 15)));
    }

    @Test
    void shouldRemindASilentReviewerAndLetTheCoordinatorAskAgainWithANewDueDate() throws Exception {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        complete(task(DRAFT_VISION, trajectory));
        complete(taskAssignedTo(trajectory, REVIEW_VISION, "person-ann"));
        Task silentReview = taskAssignedTo(trajectory, REVIEW_VISION, "person-bas");

        Job overdue = job(VISION_REVIEW_OVERDUE, trajectory);
        assertThat(overdue.getDuedate()).isEqualTo(daysAfter(START, 14));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        verify(delegate(Beans.REMIND_SILENT_PARTICIPANT)).execute(any());
        Task followUp = task(VISION_REVIEW_FOLLOW_UP, trajectory);
        assertThat(followUp).hasCandidateGroup(COORDINATORS).hasFormKey(TrajectoryProcess.FormKeys.SILENT_PARTICIPANT_FOLLOW_UP);
        assertThat(taskService().getVariables(followUp.getId()))
                .containsEntry(VariableNames.AWAITED_PERSON_ID, "person-bas")
                .containsEntry(VariableNames.AWAITED_RESPONSE, "VISION_REVIEW");
        assertThat(task(REVIEW_VISION, trajectory).getId()).as("the reminder does not take the review away")
                .isEqualTo(silentReview.getId());

        complete(followUp, withVariables(VariableNames.ASK_AGAIN, true));
        verify(delegate(Beans.EXTEND_RESPONSE_DEADLINE)).execute(any());
        assertThat(job(VISION_REVIEW_NEW_DUE_DATE_PASSED, trajectory).getDuedate()).isEqualTo(daysAfter(START, 28));

        complete(task(REVIEW_VISION, trajectory));
        assertThat(trajectory).isWaitingAt(PROPOSE_ROLE_AGREEMENTS).hasPassed("VisionReviewGiven");
        assertThat(jobQuery().processInstanceId(trajectory.getId()).activityId(VISION_REVIEW_NEW_DUE_DATE_PASSED).count())
                .as("an answer ends the wait and the timer of the new due date").isZero();
    }

    @Test
    void shouldRemindAgainWhenTheNewDueDatePassesAndLetTheCoordinatorRecordThatThePersonStepsBack() throws Exception {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        completeSharedVision(trajectory);
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));
        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-ann"), withVariables(VariableNames.ROLE_ACCEPTED, true));

        passDueDate(trajectory, ROLE_RESPONSE_OVERDUE);
        complete(task(ROLE_RESPONSE_FOLLOW_UP, trajectory), withVariables(VariableNames.ASK_AGAIN, true));
        passDueDate(trajectory, ROLE_RESPONSE_NEW_DUE_DATE_PASSED);

        verify(delegate(Beans.REMIND_SILENT_PARTICIPANT), times(2)).execute(any());
        complete(task(ROLE_RESPONSE_FOLLOW_UP, trajectory), withVariables(VariableNames.ASK_AGAIN, false));
        assertThat(trajectory).hasPassed(ROLE_RESPONSE_LEFT_TO_STEP_BACK).isWaitingAt(RESPOND_TO_ROLE_AGREEMENT);

        // the step back (the facade's, after the follow-up) withdraws the answer as it withdraws any open task
        complete(taskAssignedTo(trajectory, RESPOND_TO_ROLE_AGREEMENT, "person-bas"), withVariables(VariableNames.ROLE_ACCEPTED, true));
        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP).isNotWaitingAt(ROLE_RESPONSE_FOLLOW_UP);
    }

    @Test
    void shouldEndTheFollowUpWhenTheSilentSeatHolderAnswersAfterAll() throws Exception {
        ProcessInstance trajectory = reachDecisionSeats();
        complete(task(COMPOSE_STEERING_GROUP, trajectory));
        complete(taskAssignedTo(trajectory, ACCEPT_SEAT, "person-ann"));

        passDueDate(trajectory, SEAT_ACCEPTANCE_OVERDUE);
        assertThat(trajectory).isWaitingAt(SEAT_ACCEPTANCE_FOLLOW_UP).hasPassed(SEAT_ACCEPTANCE_REMINDER);
        complete(task(SEAT_ACCEPTANCE_FOLLOW_UP, trajectory), withVariables(VariableNames.ASK_AGAIN, true));
        passDueDate(trajectory, SEAT_ACCEPTANCE_NEW_DUE_DATE_PASSED);
        assertThat(trajectory).isWaitingAt(SEAT_ACCEPTANCE_FOLLOW_UP, ACCEPT_SEAT);

        complete(taskAssignedTo(trajectory, ACCEPT_SEAT, "person-cor"));

        assertThat(trajectory).isWaitingAt(CLOSE_WORKING_PHASE).isNotWaitingAt(SEAT_ACCEPTANCE_FOLLOW_UP)
                .hasPassed(Phases.DECISION_SEATS);
        assertThat(tasks(trajectory, SEAT_ACCEPTANCE_FOLLOW_UP)).as("the follow-up ends with the wait").isEmpty();
    }

    @Test
    void shouldGiveAVoteTheRoundsDeadlineAsItsDueDate() {
        ProcessInstance trajectory = reachWorkingTogether();
        Date deadline = daysAfter(START, 7);

        openDecisionRound("round-1", deadline);

        assertThat(tasks(trajectory, CAST_VOTE)).hasSize(VOTERS.size())
                .allSatisfy(vote -> assertThat(vote.getDueDate()).isEqualTo(deadline));
    }

    // ------------------------------------------------------------------ driving the process

    /** Moves the clock to the one timer of the activity and fires it. */
    private static void passDueDate(ProcessInstance trajectory, String timer) {
        Job due = job(timer, trajectory);
        ClockUtil.setCurrentTime(due.getDuedate());
        execute(due);
    }

    private static Date responseDueFromNow() {
        return daysAfter(ClockUtil.getCurrentTime().toInstant(), 14);
    }

    private ProcessInstance startTrajectory() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRAJECTORY_ID, Map.of(
                VariableNames.TRAJECTORY_ID, TRAJECTORY_ID,
                VariableNames.COORDINATOR_GROUP, COORDINATORS,
                VariableNames.PROFESSIONALS_GROUP, PROFESSIONALS));
    }

    private void completeEarlyInvolvementAndMotivation(ProcessInstance trajectory) {
        complete(task(RECRUIT_RESIDENTS, trajectory));
        completeAll(trajectory, MOTIVATION_CONVERSATION);
    }

    private void completeSharedVision(ProcessInstance trajectory) {
        complete(task(DRAFT_VISION, trajectory));
        completeAll(trajectory, REVIEW_VISION);
    }

    private ProcessInstance reachDecisionSeats() {
        ProcessInstance trajectory = startTrajectory();
        completeEarlyInvolvementAndMotivation(trajectory);
        completeSharedVision(trajectory);
        complete(task(PROPOSE_ROLE_AGREEMENTS, trajectory));
        completeAll(trajectory, RESPOND_TO_ROLE_AGREEMENT, withVariables(VariableNames.ROLE_ACCEPTED, true));
        assertThat(trajectory).isWaitingAt(COMPOSE_STEERING_GROUP);
        return trajectory;
    }

    private ProcessInstance reachWorkingTogether() {
        ProcessInstance trajectory = reachDecisionSeats();
        complete(task(COMPOSE_STEERING_GROUP, trajectory));
        completeAll(trajectory, ACCEPT_SEAT);
        assertThat(trajectory).isWaitingAtExactly(Phases.WORKING_TOGETHER, CLOSE_WORKING_PHASE);
        return trajectory;
    }

    private void openDecisionRound(String roundId, Date deadline) {
        correlate(Messages.DECISION_ROUND_OPENED, Map.of(
                VariableNames.DECISION_ROUND_ID, roundId, VariableNames.ROUND_DEADLINE, deadline));
    }

    /** As the facade does: by business key, the message's facts local to the event sub-process it starts. */
    private void correlate(String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(TRAJECTORY_ID)
                .setVariablesToTriggeredScope(variables)
                .correlate();
    }

    private static List<Task> tasks(ProcessInstance trajectory, String activityId) {
        return taskQuery().processInstanceId(trajectory.getId()).taskDefinitionKey(activityId).list();
    }

    private static List<String> assignees(ProcessInstance trajectory, String activityId) {
        return tasks(trajectory, activityId).stream().map(Task::getAssignee).toList();
    }

    private static List<Object> taskVariables(ProcessInstance trajectory, String activityId, String variable) {
        return tasks(trajectory, activityId).stream()
                .map(task -> taskService().getVariable(task.getId(), variable))
                .toList();
    }

    private static Task taskAssignedTo(ProcessInstance trajectory, String activityId, String assignee) {
        return task(taskQuery().taskDefinitionKey(activityId).taskAssignee(assignee), trajectory);
    }

    private static void completeAll(ProcessInstance trajectory, String activityId) {
        completeAll(trajectory, activityId, Map.of());
    }

    private static void completeAll(ProcessInstance trajectory, String activityId, Map<String, Object> variables) {
        List<Task> open = tasks(trajectory, activityId);
        assertThat(open).as("open %s tasks", activityId).isNotEmpty();
        open.forEach(task -> complete(task, variables));
    }

    /**
     * The seat-composition verdict as the process keeps it: two plain variables, never a serialised
     * object (no variable of the trajectory is stored as one).
     */
    private static Map<String, Object> verdict(ProcessInstance trajectory) {
        List<HistoricVariableInstance> variables = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(trajectory.getId()).list();
        assertThat(variables).as("variables stored as Java objects")
                .noneMatch(variable -> "object".equals(variable.getTypeName()) || "serializable".equals(variable.getTypeName()));
        Map<String, Object> verdict = new HashMap<>();
        variables.stream()
                .filter(variable -> variable.getName().equals(VariableNames.COMPOSITION_OK)
                        || variable.getName().equals(VariableNames.BROKEN_RULE))
                .forEach(variable -> verdict.put(variable.getName(), variable.getValue()));
        return verdict;
    }

    private static Date daysAfter(Instant instant, int days) {
        // Timer periods count calendar days in the engine's time zone, as here.
        return Date.from(instant.atZone(ZoneId.systemDefault()).plusDays(days).toInstant().truncatedTo(ChronoUnit.MILLIS));
    }

    // ------------------------------------------------------------------ delegate mocks

    private JavaDelegate delegate(String bean) {
        return delegates.get(bean);
    }

    private void stub(String bean, Answer<?> answer) throws Exception {
        doAnswer(answer).when(delegate(bean)).execute(any());
    }

    private void stubInOrder(String bean, Answer<?> first, Answer<?>... then) throws Exception {
        var stubber = doAnswer(first);
        for (Answer<?> next : then) {
            stubber = stubber.doAnswer(next);
        }
        stubber.when(delegate(bean)).execute(any());
    }

    private List<String> recordVariableOnEachCall(String bean, String variable) throws Exception {
        List<String> seen = new ArrayList<>();
        stub(bean, invocation -> {
            seen.add((String) ((DelegateExecution) invocation.getArgument(0)).getVariable(variable));
            return null;
        });
        return seen;
    }

    /** Sets the variables on the execution, lists transient, as the real delegates do. */
    private static Answer<Void> setting(Object... namesAndValues) {
        return invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                Object value = namesAndValues[i + 1];
                execution.setVariable((String) namesAndValues[i],
                        value instanceof List<?> list ? transientList(list) : value);
            }
            return null;
        };
    }

    private static Object transientList(List<?> list) {
        return Variables.objectValue(new ArrayList<>(list), true).create();
    }

    private static Answer<Void> involvementStatus(int involvedResidents, int recruitmentChannels) {
        return setting(
                VariableNames.INVOLVED_RESIDENTS, involvedResidents,
                VariableNames.RECRUITMENT_CHANNELS, recruitmentChannels,
                VariableNames.MINIMUM_RESIDENTS, VariableNames.DEFAULT_MINIMUM_RESIDENTS,
                VariableNames.MINIMUM_CHANNELS, VariableNames.DEFAULT_MINIMUM_CHANNELS);
    }

    private static Answer<Void> seatComposition(int residentSeats, int totalSeats, int residentBackgrounds,
            boolean overrideJustified) {
        return seatComposition(residentSeats, totalSeats, residentBackgrounds, overrideJustified, true);
    }

    private static Answer<Void> seatComposition(int residentSeats, int totalSeats, int residentBackgrounds,
            boolean overrideJustified, boolean hasSteeringGroup) {
        SeatCompositionVerdict verdict = SeatCompositionRules.evaluate(residentSeats, totalSeats, residentBackgrounds);
        return setting(
                VariableNames.COMPOSITION_OK, verdict.ok(),
                VariableNames.BROKEN_RULE, verdict.ok() ? null : verdict.brokenRules().get(0),
                VariableNames.RESIDENT_SEATS, residentSeats,
                VariableNames.TOTAL_SEATS, totalSeats,
                VariableNames.RESIDENT_BACKGROUNDS, residentBackgrounds,
                VariableNames.OVERRIDE_JUSTIFIED, overrideJustified,
                VariableNames.HAS_STEERING_GROUP, hasSteeringGroup);
    }
}
