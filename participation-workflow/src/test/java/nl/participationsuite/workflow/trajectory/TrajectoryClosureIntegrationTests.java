package nl.participationsuite.workflow.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Closing a trajectory early on the real PostgreSQL: the process and its tasks end, the records stay. */
@WorkflowIntegrationTest
class TrajectoryClosureIntegrationTests {

    @Autowired
    TrajectoryClosure closure;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void endsTheProcessAndItsTasksAndClosesTheTrajectoryWithTheReason() {
        Setup setup = fixture.start(1, 1);
        String processInstance = fixture.instance(setup.id()).getId();
        assertThat(taskService.createTaskQuery().processInstanceId(processInstance).count()).isPositive();

        closure.closeEarly(setup.id(), setup.coordinator().person(), "De gemeente stopt het project.");

        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.CLOSED);
        assertThat(trajectories.get(setup.id()).closedEarlyReason()).isEqualTo("De gemeente stopt het project.");
        assertThat(fixture.instance(setup.id())).isNull();
        assertThat(taskService.createTaskQuery().processInstanceId(processInstance).count()).isZero();
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstance).singleResult();
        assertThat(history.getDeleteReason()).isEqualTo("De gemeente stopt het project.");
        assertThat(trajectories.get(setup.id()).participants()).hasSize(3);
        assertThatThrownBy(() -> inputs.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null,
                InputChannel.PORTAL, null, "Nog een idee", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("trajectory.closed"));
    }

    @Test
    void refusesASecondClosingAClosingWithoutReasonAndAnyoneButTheCoordinator() {
        Setup setup = fixture.start(1, 1);

        assertThatThrownBy(() -> closure.closeEarly(setup.id(), setup.professional(0).person(), "Geen geld meer."))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> closure.closeEarly(setup.id(), setup.coordinator().person(), " "))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
        assertThat(fixture.instance(setup.id())).isNotNull();
        assertThat(trajectories.get(setup.id()).isClosed()).isFalse();

        closure.closeEarly(setup.id(), setup.coordinator().person(), "Geen geld meer.");

        assertThatThrownBy(() -> closure.closeEarly(setup.id(), setup.coordinator().person(), "Nog eens."))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("trajectory.closed"));
    }
}
