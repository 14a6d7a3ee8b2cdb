package nl.participationsuite.web.workspace.tasks;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/** The success the task is about, as the process named it; and whether the residents heard of it already. */
@Component
public class SuccessVisibilityContext {

    private final SuccessService successes;

    SuccessVisibilityContext(SuccessService successes) {
        this.successes = successes;
    }

    /** The success; {@code visibleAt} and {@code visibleHow} are set once it was made visible. */
    public record Achieved(String title, String description, SuccessKind kind, LocalDate achievedOn, Instant visibleAt,
            VisibilityChannel visibleHow) {
    }

    public Achieved load(TaskContext task) {
        Success success = successes.get(SuccessId.of(task.variable(VariableNames.SUCCESS_ID)));
        if (!success.trajectoryId().equals(task.trajectoryId())) {
            throw new NotFoundException("success", success.id());
        }
        return new Achieved(success.title(), success.description(), success.kind(), success.achievedOn(),
                success.visibleAt(), success.visibleHow());
    }
}
