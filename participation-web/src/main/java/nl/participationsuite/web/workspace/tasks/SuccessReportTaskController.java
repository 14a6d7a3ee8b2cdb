package nl.participationsuite.web.workspace.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.success.CriterionResult;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator compares the cycle's results with the definition of success of the adopted
 * vision: per criterion met, partly met or not met and why, a summary, and whether the trajectory
 * closes or starts a new cycle. The page shows what the cycle brought: its successes (also per
 * criterion) and the input that was answered.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/succesrapportage")
class SuccessReportTaskController {

    static final String VIEW = "workspace/tasks/success-report";

    private final TaskPages pages;

    private final TrajectoryService trajectories;

    private final VisionService visions;

    private final SuccessService successes;

    private final InputService inputs;

    private final TaskFormChecks checks;

    SuccessReportTaskController(TaskPages pages, TrajectoryService trajectories, VisionService visions,
            SuccessService successes, InputService inputs, TaskFormChecks checks) {
        this.pages = pages;
        this.trajectories = trajectories;
        this.visions = visions;
        this.successes = successes;
        this.inputs = inputs;
        this.checks = checks;
    }

    /** A criterion of the adopted vision with the successes of this cycle that count towards it. */
    record CriterionView(UUID id, String description, String measuredBy, String target, List<SuccessView> successes) {
    }

    /** A success of this cycle. */
    record SuccessView(String title, SuccessKind kind, LocalDate achievedOn, boolean visible) {

        static SuccessView of(Success success) {
            return new SuccessView(success.title(), success.kind(), success.achievedOn(), success.isVisible());
        }
    }

    /** One answered input, by its topic (or its text) and the answer. */
    record AnsweredInput(String topic, String text, InputStatus status) {
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SUCCESS_REPORT, model, locale);
        model.addAttribute("form", SuccessReportForm.emptyFor(adopted(task).successCriteria()));
        return page(task, model);
    }

    /**
     * The rows are put in the order of the adopted vision's criteria before they are checked, so
     * that an error's row is the row shown; a criterion missing from the post gets an empty row.
     * {@code binding} takes the errors of values no field offers (the form is then null): they are checked as missing.
     */
    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") SuccessReportForm posted,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SUCCESS_REPORT, model, locale);
        SuccessReportForm given = posted == null ? new SuccessReportForm(List.of(), null, null) : posted;
        Map<UUID, SuccessReportForm.AssessmentRow> postedRows = given.assessments().stream()
                .filter(row -> row.criterionId() != null)
                .collect(Collectors.toMap(SuccessReportForm.AssessmentRow::criterionId, Function.identity(), (a, b) -> a));
        SuccessReportForm form = new SuccessReportForm(adopted(task).successCriteria().stream()
                .map(criterion -> postedRows.getOrDefault(criterion.id().value(),
                        new SuccessReportForm.AssessmentRow(criterion.id().value(), null, null)))
                .toList(), given.summary(), given.decision());
        BindingResult errors = checks.check(form, model);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private VisionVersion adopted(TaskContext task) {
        return visions.adopted(task.trajectoryId())
                .orElseThrow(() -> new NotFoundException("adopted vision of trajectory", task.trajectoryId()));
    }

    private String page(TaskContext task, Model model) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        List<Success> ofThisCycle = successes.successes(trajectory.id()).stream()
                .filter(success -> success.cycle() == trajectory.cycle()).toList();
        VisionVersion adopted = adopted(task);
        model.addAttribute("sharedGoal", adopted.sharedGoal());
        model.addAttribute("criteria", adopted.successCriteria().stream().collect(Collectors.toMap(
                criterion -> criterion.id().value(), criterion -> view(criterion, ofThisCycle))));
        model.addAttribute("successes", ofThisCycle.stream().map(SuccessView::of).toList());
        List<ResidentInput> answered = inputs.ofTrajectory(trajectory.id()).stream().filter(ResidentInput::isAnswered)
                .toList();
        model.addAttribute("answered", answered.stream()
                .map(input -> new AnsweredInput(input.topic(), input.text(), input.status())).toList());
        model.addAttribute("answeredCounts", InputResponseTaskController.ANSWERS.stream().collect(Collectors.toMap(Function.identity(),
                status -> answered.stream().filter(input -> input.status() == status).count())));
        model.addAttribute("cycle", trajectory.cycle());
        model.addAttribute("results", List.of(CriterionResult.values()));
        model.addAttribute("decisions", List.of(CycleDecision.values()));
        return VIEW;
    }

    private static CriterionView view(SuccessCriterion criterion, List<Success> ofThisCycle) {
        return new CriterionView(criterion.id().value(), criterion.description(), criterion.measuredBy(),
                criterion.target(), ofThisCycle.stream()
                        .filter(success -> success.successCriterionIds().contains(criterion.id()))
                        .map(SuccessView::of).toList());
    }
}
