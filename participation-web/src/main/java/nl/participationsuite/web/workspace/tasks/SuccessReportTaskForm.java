package nl.participationsuite.web.workspace.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

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
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator compares the cycle's results with the definition of success of the adopted
 * vision: per criterion met, partly met or not met and why, a summary, and whether the trajectory
 * closes or starts a new cycle. The page shows what the cycle brought: its successes (also per
 * criterion) and the input that was answered. The posted rows are put in the order of the adopted
 * vision's criteria before they are checked, so that an error's row is the row shown; a criterion
 * missing from the post gets an empty row.
 */
@Component
class SuccessReportTaskForm implements TaskFormKind<SuccessReportForm> {

    private final TrajectoryService trajectories;

    private final VisionService visions;

    private final SuccessService successes;

    private final InputService inputs;

    SuccessReportTaskForm(TrajectoryService trajectories, VisionService visions, SuccessService successes,
            InputService inputs) {
        this.trajectories = trajectories;
        this.visions = visions;
        this.successes = successes;
        this.inputs = inputs;
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

    @Override
    public String formKey() {
        return FormKeys.SUCCESS_REPORT;
    }

    @Override
    public String path() {
        return "succesrapportage";
    }

    @Override
    public Class<SuccessReportForm> formType() {
        return SuccessReportForm.class;
    }

    @Override
    public String view() {
        return "workspace/tasks/success-report";
    }

    @Override
    public SuccessReportForm initial(TaskContext task) {
        return SuccessReportForm.emptyFor(adopted(task).successCriteria());
    }

    @Override
    public SuccessReportForm prepare(TaskContext task, SuccessReportForm posted) {
        Map<UUID, SuccessReportForm.AssessmentRow> postedRows = posted.assessments().stream()
                .filter(row -> row.criterionId() != null)
                .collect(Collectors.toMap(SuccessReportForm.AssessmentRow::criterionId, Function.identity(), (a, b) -> a));
        return new SuccessReportForm(adopted(task).successCriteria().stream()
                .map(criterion -> postedRows.getOrDefault(criterion.id().value(),
                        new SuccessReportForm.AssessmentRow(criterion.id().value(), null, null)))
                .toList(), posted.summary(), posted.decision());
    }

    @Override
    public TaskStep decide(TaskContext task, SuccessReportForm form, String action, BindingResult errors, Model model) {
        return errors.hasErrors() ? TaskStep.show() : TaskStep.complete(form.toOutcome());
    }

    @Override
    public void addContext(TaskContext task, Model model) {
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
        model.addAttribute("answeredCounts", InputResponseTaskForm.ANSWERS.stream().collect(Collectors.toMap(
                Function.identity(), status -> answered.stream().filter(input -> input.status() == status).count())));
        model.addAttribute("cycle", trajectory.cycle());
        model.addAttribute("results", List.of(CriterionResult.values()));
        model.addAttribute("decisions", List.of(CycleDecision.values()));
    }

    private VisionVersion adopted(TaskContext task) {
        return visions.adopted(task.trajectoryId())
                .orElseThrow(() -> new NotFoundException("adopted vision of trajectory", task.trajectoryId()));
    }

    private static CriterionView view(SuccessCriterion criterion, List<Success> ofThisCycle) {
        return new CriterionView(criterion.id().value(), criterion.description(), criterion.measuredBy(),
                criterion.target(), ofThisCycle.stream()
                        .filter(success -> success.successCriterionIds().contains(criterion.id()))
                        .map(SuccessView::of).toList());
    }
}
