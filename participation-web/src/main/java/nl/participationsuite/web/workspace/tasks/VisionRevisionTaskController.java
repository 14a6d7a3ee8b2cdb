package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator revises the shared vision after change requests. The form starts from the
 * latest version; above it stand the changes the reviewers of that version asked for, with who
 * asked, so the coordinator can answer each of them in the next version.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/visie-herzien")
class VisionRevisionTaskController {

    static final String VIEW = "workspace/tasks/vision-revision";

    private final TaskPages pages;

    private final VisionTaskPages vision;

    private final VisionService visions;

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    VisionRevisionTaskController(TaskPages pages, VisionTaskPages vision, VisionService visions,
            TrajectoryService trajectories, TaskParticipants participants) {
        this.pages = pages;
        this.vision = vision;
        this.visions = visions;
        this.trajectories = trajectories;
        this.participants = participants;
    }

    /** A change a reviewer asked for, by name. */
    record ChangeRequest(String reviewer, String comment) {
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_REVISION, model, locale);
        VisionVersion latest = latest(task);
        vision.show(task, VisionForm.of(latest), model);
        return page(task, latest, model);
    }

    /** {@code binding} takes the errors of values no field offers (the form is then null), so that they do not end the request. */
    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") VisionForm form, BindingResult binding,
            @RequestParam(name = "action", required = false) String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_REVISION, model, locale);
        VisionVersion latest = latest(task);
        String next = vision.submit(task, form, action, VisionForm::toRevisionOutcome, model, redirect);
        return next != null ? next : page(task, latest, model);
    }

    private VisionVersion latest(TaskContext task) {
        return visions.current(task.trajectoryId())
                .orElseThrow(() -> new NotFoundException("shared vision of trajectory", task.trajectoryId()));
    }

    private String page(TaskContext task, VisionVersion latest, Model model) {
        Map<ParticipantId, TaskParticipants.Named> names = participants.all(trajectories.get(task.trajectoryId()));
        List<ChangeRequest> requests = latest.reviews().stream().filter(review -> !review.isEndorsement())
                .map(review -> new ChangeRequest(name(names, review), review.comment())).toList();
        model.addAttribute("version", latest.number());
        model.addAttribute("changeRequests", requests);
        model.addAttribute("endorsements", latest.reviews().stream().filter(VisionReview::isEndorsement).count());
        return VIEW;
    }

    private static String name(Map<ParticipantId, TaskParticipants.Named> names, VisionReview review) {
        TaskParticipants.Named named = names.get(review.participantId());
        return named == null ? "?" : named.name();
    }
}
