package nl.participationsuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Beans;
import nl.participationsuite.workflow.TrajectoryProcess.Decisions;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the BPMN, its diagram and {@link TrajectoryProcess} in step; the engine is not needed. */
class TrajectoryProcessModelTests {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readTheModel() throws Exception {
        try (InputStream bpmn = TrajectoryProcessModelTests.class.getClassLoader()
                .getResourceAsStream(TrajectoryProcess.BPMN_RESOURCE)) {
            model = Bpmn.readModelFromStream(Objects.requireNonNull(bpmn, TrajectoryProcess.BPMN_RESOURCE));
        }
    }

    @Test
    void processIsExecutableAndKeepsItsHistoryForAYear() {
        Process process = model.getModelElementById(TrajectoryProcess.PROCESS_KEY);

        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
    }

    @Test
    void everyActivityIdOfTheConstantsExistsInTheModel() {
        assertThat(constants(Activities.class))
                .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isInstanceOf(FlowNode.class));
    }

    @Test
    void everyPhaseIsASubProcessThatMovesTheTrajectoryWhenItStarts() {
        assertThat(Phases.IN_ORDER).hasSize(7).allSatisfy(id -> {
            SubProcess phase = model.getModelElementById(id);
            assertThat(phase).as(id).isNotNull();
            assertThat(phase.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
                    .singleElement()
                    .satisfies(listener -> {
                        assertThat(listener.getCamundaEvent()).isEqualTo("start");
                        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${" + Beans.PHASE_LISTENER + "}");
                    });
        });
    }

    @Test
    void everyUserTaskNamesItsTypedOutcomeAndWhoMayDoIt() {
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);

        assertThat(userTasks).extracting(BaseElement::getId)
                .containsExactlyInAnyOrderElementsOf(FormKeys.BY_USER_TASK.keySet());
        assertThat(userTasks).allSatisfy(task -> {
            assertThat(task.getCamundaFormKey()).as(task.getId()).isEqualTo(FormKeys.BY_USER_TASK.get(task.getId()));
            assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                    .as("%s has an assignee or candidate groups", task.getId()).isTrue();
        });
        assertThat(Set.copyOf(FormKeys.BY_USER_TASK.values())).containsExactlyInAnyOrderElementsOf(constants(FormKeys.class)
                .stream().filter(key -> !key.equals(FormKeys.PREFIX)).toList());
    }

    @Test
    void everyDelegateBeanIsUsedAndNoOtherIsCalled() {
        Set<String> called = Stream.concat(
                        model.getModelElementsByType(ServiceTask.class).stream().map(ServiceTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                                .map(CamundaExecutionListener::getCamundaDelegateExpression))
                .filter(expression -> expression != null)
                .map(expression -> expression.substring(2, expression.length() - 1))
                .collect(Collectors.toSet());

        assertThat(called).containsExactlyInAnyOrderElementsOf(Beans.ALL);
    }

    @Test
    void everyBusinessRuleTaskEvaluatesAKnownDecisionOfItsOwnDeployment() {
        assertThat(model.getModelElementsByType(BusinessRuleTask.class)).hasSize(1).allSatisfy(task -> {
            assertThat(task.getCamundaDecisionRef()).isEqualTo(Decisions.EARLY_INVOLVEMENT_READY);
            assertThat(task.getCamundaDecisionRefBinding()).isEqualTo("deployment");
        });
    }

    /**
     * The seat rules have one home, the domain's SeatCompositionRules: the process asks them through
     * loadSeatComposition (after a step back) and has no path of its own for a rejected composition,
     * which the steering group refuses before the compose task completes.
     */
    @Test
    void theSeatRulesAreTheDomainsAndARefusedCompositionNeverReachesTheProcess() {
        assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(SequenceFlow::getId)
                .doesNotContain("Flow_CompositionRejected");
        assertThat(((FlowNode) model.getModelElementById(Activities.COMPOSE_STEERING_GROUP)).getSucceedingNodes().list())
                .extracting(FlowNode::getId).containsExactly(Activities.LIST_SEAT_HOLDERS);
        assertThat(getClass().getClassLoader().getResource("dmn/seat-composition.dmn")).isNull();
    }

    @Test
    void everyMessageOfTheConstantsStartsANonInterruptingEventSubProcess() {
        assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
                .containsExactlyInAnyOrderElementsOf(constants(Messages.class));
        assertThat(model.getModelElementsByType(MessageEventDefinition.class)).allSatisfy(definition -> {
            var start = (org.camunda.bpm.model.bpmn.instance.StartEvent) definition.getParentElement();
            assertThat(start.isInterrupting()).as(start.getId()).isFalse();
            assertThat(((SubProcess) start.getParentElement()).triggeredByEvent()).isTrue();
        });
    }

    @Test
    void everyElementHasAReadableNameAndAPlaceInTheDiagram() {
        Set<String> drawn = Stream.concat(
                        model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
                        model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
                .collect(Collectors.toSet());
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);

        assertThat(nodes).allSatisfy(node -> assertThat(node.getName()).as(node.getId()).isNotBlank());
        assertThat(Stream.concat(nodes.stream(), flows.stream()).map(BaseElement::getId)).allMatch(drawn::contains);
    }

    private static List<String> constants(Class<?> holder) {
        return Stream.of(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TrajectoryProcessModelTests::valueOf)
                .toList();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
