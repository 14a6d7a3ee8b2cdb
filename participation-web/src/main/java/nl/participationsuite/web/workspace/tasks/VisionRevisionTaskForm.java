package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator revises the shared vision after change requests. The form starts from the
 * latest version; above it stand the changes the reviewers of that version asked for, with who
 * asked, so the coordinator can answer each of them in the next version.
 */
@Component
class VisionRevisionTaskForm extends VisionTaskForm {

    private final VisionService visions;

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    VisionRevisionTaskForm(VisionService visions, TrajectoryService trajectories, TaskParticipants participants) {
        super(trajectories, participants);
        this.visions = visions;
        this.trajectories = trajectories;
        this.participants = participants;
    }

    /** A change a reviewer asked for, by name. */
    record ChangeRequest(String reviewer, String comment) {
    }

    @Override
    public String formKey() {
        return FormKeys.VISION_REVISION;
    }

    @Override
    public String path() {
        return "visie-herzien";
    }

    @Override
    public String view() {
        return "workspace/tasks/vision-revision";
    }

    @Override
    VisionForm start(TaskContext task) {
        return VisionForm.of(latest(task));
    }

    @Override
    TaskOutcome outcome(VisionForm filled) {
        return filled.toRevisionOutcome();
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        super.addContext(task, model);
        VisionVersion latest = latest(task);
        Map<ParticipantId, TaskParticipants.Named> names = participants.all(trajectories.get(task.trajectoryId()));
        List<ChangeRequest> requests = latest.reviews().stream().filter(review -> !review.isEndorsement())
                .map(review -> new ChangeRequest(name(names, review), review.comment())).toList();
        model.addAttribute("version", latest.number());
        model.addAttribute("changeRequests", requests);
        model.addAttribute("endorsements", latest.reviews().stream().filter(VisionReview::isEndorsement).count());
    }

    private VisionVersion latest(TaskContext task) {
        return visions.current(task.trajectoryId())
                .orElseThrow(() -> new NotFoundException("shared vision of trajectory", task.trajectoryId()));
    }

    private static String name(Map<ParticipantId, TaskParticipants.Named> names, VisionReview review) {
        TaskParticipants.Named named = names.get(review.participantId());
        return named == null ? "?" : named.name();
    }
}
