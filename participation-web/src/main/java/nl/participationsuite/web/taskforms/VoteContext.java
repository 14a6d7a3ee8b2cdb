package nl.participationsuite.web.taskforms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The round the vote is for, as the process named it: its title, the proposal, the deadline and
 * how long is left, in words ("nog 3 dagen").
 */
@Component
public class VoteContext {

    private final DecisionRoundService rounds;

    private final Clock clock;

    VoteContext(DecisionRoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The round; {@code open} is false once it was closed or its deadline passed. */
    public record Round(String title, String proposal, Instant deadline, boolean open, TimeLeft left,
            List<BackgroundDocument> documents) {

    }

    /** How long is left, as a message key ({@code task.vote.left.days|hours|minutes|none}) and its number. */
    public record TimeLeft(String messageKey, long amount) {

        /** Public for the portal, which says how long is left for every task with a deadline. */
        public static TimeLeft until(Instant deadline, Instant now) {
            Duration left = Duration.between(now, deadline);
            if (left.isNegative() || left.isZero()) {
                return new TimeLeft("task.vote.left.none", 0);
            }
            if (left.toDays() > 0) {
                return new TimeLeft("task.vote.left.days", left.toDays());
            }
            if (left.toHours() > 0) {
                return new TimeLeft("task.vote.left.hours", left.toHours());
            }
            return new TimeLeft("task.vote.left.minutes", Math.max(1, left.toMinutes()));
        }
    }

    public Round load(TaskContext task) {
        DecisionRound round = rounds.get(DecisionRoundId.of(task.variable(VariableNames.DECISION_ROUND_ID)));
        if (!round.trajectoryId().equals(task.trajectoryId())) {
            throw new NotFoundException("decision round", round.id());
        }
        Instant now = clock.instant();
        return new Round(round.title(), round.proposal(), round.deadline(),
                !round.isClosed() && now.isBefore(round.deadline()), TimeLeft.until(round.deadline(), now),
                round.documents());
    }

    /** What the task's page shows beside its form, for the workspace and the portal alike: {@code round}, {@code choices}. */
    public void addTo(Model model, TaskContext task) {
        model.addAttribute("round", load(task));
        model.addAttribute("choices", VoteForm.CHOICES);
    }
}
