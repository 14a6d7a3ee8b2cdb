package nl.participationsuite.web.taskforms;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsCheckId;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/** Which round of the periodic conditions check the task answers, and since when it is open. */
@Component
public class ConditionsCheckContext {

    private final ConditionsService conditions;

    ConditionsCheckContext(ConditionsService conditions) {
        this.conditions = conditions;
    }

    /** The round: 1 for the trajectory's first check, counting up. */
    public record Round(int number, Instant openedAt) {
    }

    public Round load(TaskContext task) {
        ConditionsCheck check = conditions.get(ConditionsCheckId.of(task.variable(VariableNames.CONDITIONS_CHECK_ID)));
        if (!check.trajectoryId().equals(task.trajectoryId())) {
            throw new NotFoundException("conditions check", check.id());
        }
        return new Round(check.periodNumber(), check.openedAt());
    }

    /** What the task's page shows beside its form, for the workspace and the portal alike: {@code round}, {@code conditions}, {@code scores}. */
    public void addTo(Model model, TaskContext task) {
        model.addAttribute("round", load(task));
        model.addAttribute("conditions", ConditionsCheckForm.CONDITIONS);
        model.addAttribute("scores", ConditionsCheckForm.SCORES);
    }
}
