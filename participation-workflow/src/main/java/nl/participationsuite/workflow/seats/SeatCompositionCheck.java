package nl.participationsuite.workflow.seats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Decisions;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.springframework.stereotype.Service;

/**
 * The seat rules' verdict on a composition before it is saved, from the same DMN
 * {@code seat-composition} the process decides with, so that what the coordinator is shown is what
 * the process will decide. The facts are the ones the process loads after the task (the seats
 * occupied now plus the new ones, see {@code loadSeatComposition}).
 *
 * <p>The deployed table reports only the first rule that matches (hit policy FIRST), so a copy of
 * the deployed table is evaluated by the engine's DMN engine with every matching rule collected, in
 * the table's order: the first is the process's answer, the others name every further rule the
 * composition breaks. It is not evaluated through the engine's {@code DecisionService}: with full
 * history that records every evaluation, and a preview stores nothing.
 */
@Service
public class SeatCompositionCheck {

    private final SteeringGroupService steeringGroups;

    private final RepositoryService repository;

    private final DmnEngine dmnEngine;

    private final CommandExecutor commands;

    // The collecting copy of each deployed version of the table, by decision definition id.
    private final Map<String, DmnDecision> collecting = new ConcurrentHashMap<>();

    SeatCompositionCheck(SteeringGroupService steeringGroups, ProcessEngine engine) {
        this.steeringGroups = steeringGroups;
        this.repository = engine.getRepositoryService();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.dmnEngine = configuration.getDmnEngine();
        this.commands = configuration.getCommandExecutorTxRequired();
    }

    /**
     * How the trajectory's steering group would fare with these seats added to the ones occupied
     * now (none: how it fares now). Stores nothing; a seat the domain would refuse (unknown holder,
     * someone who stepped back or holds a seat already, a wrong term) is refused here the same way,
     * with its field ({@code seats[i].termUntil}).
     */
    public SeatCompositionVerdict check(TrajectoryId trajectoryId, List<SeatAssignment> newSeats) {
        SeatCompositionVerdict facts = steeringGroups.preview(trajectoryId, newSeats);
        return decide(facts.residentSeats(), facts.totalSeats(), facts.distinctResidentBackgrounds());
    }

    /** The DMN's verdict on the facts of a composition. */
    SeatCompositionVerdict decide(int residentSeats, int totalSeats, int distinctResidentBackgrounds) {
        VariableMap facts = Variables.createVariables()
                .putValue(VariableNames.RESIDENT_SEATS, residentSeats)
                .putValue(VariableNames.TOTAL_SEATS, totalSeats)
                .putValue(VariableNames.RESIDENT_BACKGROUNDS, distinctResidentBackgrounds);
        DmnDecision table = collectingTable();
        // The engine's DMN engine parses and evaluates within a command of the engine (it reads the engine's settings).
        List<Map<String, Object>> matched = commands.execute(command -> dmnEngine.evaluateDecisionTable(table, facts)
                .getResultList());
        // What hit policy FIRST answers the process: the first matching rule (none: never ok).
        boolean ok = !matched.isEmpty() && Boolean.TRUE.equals(matched.get(0).get(VariableNames.COMPOSITION_OK));
        List<String> broken = matched.stream()
                .filter(rule -> Boolean.FALSE.equals(rule.get(VariableNames.COMPOSITION_OK)))
                .map(rule -> (String) rule.get(VariableNames.BROKEN_RULE))
                .filter(Objects::nonNull)
                .toList();
        return new SeatCompositionVerdict(ok, broken, residentSeats, totalSeats, distinctResidentBackgrounds);
    }

    private DmnDecision collectingTable() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(Decisions.SEAT_COMPOSITION).latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("the DMN " + Decisions.SEAT_COMPOSITION + " is not deployed");
        }
        return collecting.computeIfAbsent(latest.getId(), id -> parseCollecting(latest));
    }

    /** A fresh copy of the deployed table (the engine's cached model stays untouched) that collects every matching rule. */
    private DmnDecision parseCollecting(DecisionDefinition definition) {
        try (InputStream resource = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            DmnModelInstance model = Dmn.readModelFromStream(resource);
            Decision decision = model.getModelElementById(definition.getKey());
            DecisionTable table = (DecisionTable) decision.getExpression();
            table.setHitPolicy(HitPolicy.COLLECT);
            return commands.execute(command -> dmnEngine.parseDecision(definition.getKey(), model));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
