package nl.participationsuite.web.workspace.tasks;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.workflow.tasks.TaskContext;

/** What the residents heard last: the latest progress updates, newest first, so the next one follows on. */
@Component
public class ProgressUpdateContext {

    /** How many earlier updates the page shows. */
    static final int SHOWN = 3;

    private final TrajectoryService trajectories;

    ProgressUpdateContext(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    /** An update sent earlier. */
    public record Sent(String message, UpdateChannel channel, Instant sentAt) {
    }

    /** The latest updates (at most {@link #SHOWN}) and how many were sent in all. */
    public record History(List<Sent> latest, int total) {
    }

    public History load(TaskContext task) {
        List<Sent> all = trajectories.progressUpdates(task.trajectoryId()).stream()
                .map(update -> new Sent(update.message(), update.channel(), update.sentAt()))
                .toList();
        return new History(all.stream().limit(SHOWN).toList(), all.size());
    }
}
