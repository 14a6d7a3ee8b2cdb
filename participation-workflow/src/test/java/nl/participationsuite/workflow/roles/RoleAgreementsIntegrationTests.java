package nl.participationsuite.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.ResidentBoundary;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome.Answer;
import nl.participationsuite.workflow.roles.RoleProposalOutcome.Proposal;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The role-agreements phase on the real PostgreSQL: proposals, each participant's answer, renegotiation. */
@WorkflowIntegrationTest
class RoleAgreementsIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    RoleAgreementService roles;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MotivationService motivations;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void asksEveryParticipantToAcceptTheirRoleAndMovesOnToTheSteeringGroupWhenAllDo() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);

        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));

        assertThat(roles.currentAgreements(setup.id())).hasSize(4)
                .allSatisfy(agreement -> assertThat(agreement.status()).isEqualTo(AgreementStatus.PROPOSED));
        for (Member member : setup.everyone()) {
            respond(setup, member, Answer.ACCEPT, null);
        }

        assertThat(roles.currentAgreements(setup.id()))
                .extracting(RoleAgreement::participantId, RoleAgreement::status)
                .containsExactlyInAnyOrderElementsOf(setup.everyone().stream()
                        .map(member -> tuple(member.participant(), AgreementStatus.ACCEPTED)).toList());
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.DECISION_SEATS);
        fixture.task(setup.coordinator(), setup.id(), Activities.COMPOSE_STEERING_GROUP);
        assertThat(fixture.passed(setup, Phases.ROLE_AGREEMENTS)).isEqualTo(1);
        assertThat(fixture.passed(setup, Activities.RENEGOTIATE_ROLE_AGREEMENT)).isZero();
    }

    @Test
    void renegotiatesWithTheOneParticipantWhoAskedWithoutMixingTheOthersAnswers() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));
        respond(setup, setup.coordinator(), Answer.ACCEPT, null);

        respond(setup, setup.resident(0), Answer.RENEGOTIATE, "Overdag werk ik, acht uur is te veel");
        WorkflowTask renegotiation = fixture.task(setup.coordinator(), setup.id(), Activities.RENEGOTIATE_ROLE_AGREEMENT);
        WorkflowTask otherResponse = fixture.task(setup.resident(1), setup.id(), Activities.RESPOND_TO_ROLE_AGREEMENT);
        assertThat(taskService.getVariable(renegotiation.id(), VariableNames.AGREEMENT_HOLDER_ID))
                .isEqualTo(setup.resident(0).person().toString());
        assertThat(taskService.getVariable(renegotiation.id(), VariableNames.ROLE_ACCEPTED)).isEqualTo(false);
        assertThat(taskService.getVariable(otherResponse.id(), VariableNames.ROLE_ACCEPTED)).isNull();

        respond(setup, setup.resident(1), Answer.ACCEPT, null);

        // resident 1's acceptance stays in their own instance: resident 0's instance still says no
        assertThat(taskService.getVariable(renegotiation.id(), VariableNames.ROLE_ACCEPTED)).isEqualTo(false);
        assertThat(runtimeService.getVariablesLocal(fixture.instance(setup.id()).getId()))
                .doesNotContainKey(VariableNames.ROLE_ACCEPTED);
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(fixture.instance(setup.id()).getId()).variableName(VariableNames.ROLE_ACCEPTED).list())
                .hasSize(3)
                .noneMatch(variable -> variable.getExecutionId().equals(fixture.instance(setup.id()).getId()))
                .extracting(variable -> variable.getValue())
                .containsExactlyInAnyOrder(true, true, false);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);

        workflow.complete(renegotiation.id(), setup.coordinator().person(), new RoleRenegotiationOutcome(
                Role.IDEA_SHARER, "Ideeën aandragen in de bewonersgroep", 4, "Bijeenkomsten 's avonds"));

        assertThat(roles.history(setup.id(), setup.resident(0).participant()))
                .extracting(RoleAgreement::revision, RoleAgreement::status, RoleAgreement::hoursPerMonth,
                        RoleAgreement::isCurrent)
                .containsExactly(tuple(1, AgreementStatus.RENEGOTIATION_REQUESTED, 8, false),
                        tuple(2, AgreementStatus.PROPOSED, 4, true));
        assertThat(roles.current(setup.id(), setup.resident(1).participant()).orElseThrow().status())
                .isEqualTo(AgreementStatus.ACCEPTED);

        respond(setup, setup.resident(0), Answer.ACCEPT, null);

        assertThat(roles.current(setup.id(), setup.resident(0).participant()).orElseThrow().status())
                .isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.DECISION_SEATS);
        fixture.task(setup.coordinator(), setup.id(), Activities.COMPOSE_STEERING_GROUP);
        assertThat(fixture.passed(setup, Activities.RENEGOTIATE_ROLE_AGREEMENT)).isEqualTo(1);
    }

    @Test
    void refusesMoreHoursThanAResidentWantsToGiveOnThatProposalAndStoresNothing() {
        Setup setup = fixture.start(2, 0);
        motivations.record(setup.id(), new RecordMotivation(setup.resident(1).participant(), Set.of(), 4, Set.of(), Set.of(),
                null, ProfileSource.RESIDENT, setup.resident(1).person()));
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        WorkflowTask task = fixture.task(setup.coordinator(), setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(), proposalsFor(setup.everyone())))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("proposals[" + setup.everyone().indexOf(setup.resident(1)) + "].hoursPerMonth");
                    assertThat(ex.code()).isEqualTo(ResidentBoundary.HOURS_BEYOND_BOUNDARY);
                });
        assertThat(storedAgreements(setup)).isZero();
        assertThat(workflow.task(task.id(), setup.coordinator().person())).isNotNull();
    }

    @Test
    void refusesARenegotiatedProposalBeyondTheResidentsBoundary() {
        Setup setup = fixture.start(1, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));
        motivations.record(setup.id(), new RecordMotivation(setup.resident(0).participant(), Set.of(), 4, Set.of(), Set.of(),
                null, ProfileSource.RESIDENT, setup.resident(0).person()));
        respond(setup, setup.resident(0), Answer.RENEGOTIATE, "Acht uur is te veel, vier kan ik");
        WorkflowTask renegotiation = fixture.task(setup.coordinator(), setup.id(), Activities.RENEGOTIATE_ROLE_AGREEMENT);

        assertThatThrownBy(() -> workflow.complete(renegotiation.id(), setup.coordinator().person(),
                new RoleRenegotiationOutcome(Role.IDEA_SHARER, "Ideeën aandragen", 6, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("hoursPerMonth");
                    assertThat(ex.code()).isEqualTo(ResidentBoundary.HOURS_BEYOND_BOUNDARY);
                });
        assertThat(roles.history(setup.id(), setup.resident(0).participant())).hasSize(1);

        workflow.complete(renegotiation.id(), setup.coordinator().person(),
                new RoleRenegotiationOutcome(Role.IDEA_SHARER, "Ideeën aandragen", 4, null));
        assertThat(roles.current(setup.id(), setup.resident(0).participant()).orElseThrow().hoursPerMonth()).isEqualTo(4);
    }

    @Test
    void anAgreementOfAResidentWhoStepsBackBeforeAnsweringIsWithdrawnInTheDomainAndInTheEnginesHistory() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));
        respond(setup, setup.coordinator(), Answer.ACCEPT, null);
        respond(setup, setup.resident(0), Answer.ACCEPT, null);

        workflow.stepBack(setup.id(), setup.resident(1).participant(), setup.resident(1).person());

        RoleAgreement withdrawn = roles.current(setup.id(), setup.resident(1).participant()).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(withdrawn.answeredAt()).isNull();
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.DECISION_SEATS);
        assertThat(fixture.passed(setup, Activities.ROLE_AGREEMENT_WITHDRAWN)).isEqualTo(1);
        assertThat(fixture.passed(setup, "RoleAgreementAccepted")).isEqualTo(2);
        String instance = fixture.instance(setup.id()).getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(VariableNames.ROLE_WITHDRAWN).list())
                .extracting(variable -> variable.getValue()).filteredOn(value -> value != null).containsExactly(true);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(VariableNames.ROLE_ACCEPTED).list())
                .extracting(variable -> variable.getValue()).containsExactlyInAnyOrder(true, true, false);
    }

    @Test
    void aRenegotiationStillToBeWrittenIsWithdrawnWhenTheResidentStepsBack() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));
        respond(setup, setup.coordinator(), Answer.ACCEPT, null);
        respond(setup, setup.resident(0), Answer.ACCEPT, null);
        respond(setup, setup.resident(1), Answer.RENEGOTIATE, "Liever minder uren");

        workflow.stepBack(setup.id(), setup.resident(1).participant(), setup.coordinator().person());

        assertThat(roles.current(setup.id(), setup.resident(1).participant()).orElseThrow().status())
                .isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(setup.id().toString())
                .taskDefinitionKey(Activities.RENEGOTIATE_ROLE_AGREEMENT).count()).isZero();
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.DECISION_SEATS);
        assertThat(fixture.passed(setup, Activities.ROLE_AGREEMENT_WITHDRAWN)).isEqualTo(1);
    }

    @Test
    void refusesAProposalListThatMissesAParticipantAndStoresNothing() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        WorkflowTask task = fixture.task(setup.coordinator(), setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(),
                proposalsFor(List.of(setup.coordinator(), setup.resident(0)))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("proposals");
                    assertThat(ex.code()).isEqualTo("roles.proposal-missing");
                });

        assertThat(storedAgreements(setup)).isZero();
        assertThat(workflow.task(task.id(), setup.coordinator().person())).isNotNull();
    }

    @Test
    void refusesAProposalToSomeoneWhoIsNotAnActiveParticipant() {
        Setup setup = fixture.start(2, 0);
        Setup elsewhere = fixture.start(1, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        WorkflowTask task = fixture.task(setup.coordinator(), setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS);
        List<Member> withAnOutsider = new ArrayList<>(setup.everyone());
        withAnOutsider.add(elsewhere.resident(0));

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(), proposalsFor(withAnOutsider)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("proposals");
                    assertThat(ex.code()).isEqualTo("roles.not-an-active-participant");
                });
        trajectories.stepBack(setup.id(), setup.resident(1).participant());
        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(), proposalsFor(setup.everyone())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("roles.not-an-active-participant"));
        List<Member> twice = List.of(setup.coordinator(), setup.resident(0), setup.resident(0));
        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(), proposalsFor(twice)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("roles.proposal-duplicate"));

        assertThat(storedAgreements(setup)).isZero();
        workflow.complete(task.id(), setup.coordinator().person(),
                proposalsFor(List.of(setup.coordinator(), setup.resident(0))));
        assertThat(roles.currentAgreements(setup.id())).extracting(RoleAgreement::participantId)
                .containsExactlyInAnyOrder(setup.coordinator().participant(), setup.resident(0).participant());
        assertThat(fixture.tasks(setup.resident(1), setup.id(), Activities.RESPOND_TO_ROLE_AGREEMENT)).isEmpty();
    }

    @Test
    void refusesARenegotiationRequestWithoutACommentAndLetsNobodyElseAnswer() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, proposalsFor(setup.everyone()));
        WorkflowTask theirs = fixture.task(setup.resident(0), setup.id(), Activities.RESPOND_TO_ROLE_AGREEMENT);

        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.resident(0).person(),
                new RoleAgreementResponseOutcome(Answer.RENEGOTIATE, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.resident(0).person(),
                new RoleAgreementResponseOutcome(null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("answer"));
        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.resident(1).person(),
                new RoleAgreementResponseOutcome(Answer.ACCEPT, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.coordinator().person(),
                new RoleAgreementResponseOutcome(Answer.ACCEPT, null)))
                .isInstanceOf(NotFoundException.class);

        assertThat(roles.current(setup.id(), setup.resident(0).participant()).orElseThrow().status())
                .isEqualTo(AgreementStatus.PROPOSED);
        assertThat(taskService.getVariable(theirs.id(), VariableNames.ROLE_ACCEPTED)).isNull();
        assertThat(workflow.task(theirs.id(), setup.resident(0).person())).isNotNull();
    }

    private void respond(Setup setup, Member member, Answer answer, String comment) {
        WorkflowTask task = fixture.task(member, setup.id(), Activities.RESPOND_TO_ROLE_AGREEMENT);
        assertThat(task.assignee()).isEqualTo(member.person());
        workflow.complete(task.id(), member.person(), new RoleAgreementResponseOutcome(answer, comment));
    }

    private int storedAgreements(Setup setup) {
        return jdbc.queryForObject("select count(*) from role_agreement where trajectory_id = ?", Integer.class,
                setup.id().value());
    }

    private static RoleProposalOutcome proposalsFor(List<Member> members) {
        return new RoleProposalOutcome(members.stream()
                .map(member -> new Proposal(member.participant(), Role.LIVED_EXPERIENCE_EXPERT,
                        "Ervaringen uit de wijk inbrengen", 8, "Reiskostenvergoeding"))
                .toList());
    }
}
