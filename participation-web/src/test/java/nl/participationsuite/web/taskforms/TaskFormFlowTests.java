package nl.participationsuite.web.taskforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** What every channel does with a posted task form, on two small kinds: one simple, one with rows. */
class TaskFormFlowTests {

    private final TaskFormFlow flow = new TaskFormFlow(Validation.buildDefaultValidatorFactory().getValidator());

    private final TaskContext task = new TaskContext("t-1", "Activity_Test", TrajectoryId.random(), PersonId.random(),
            Map.of());

    private final Model model = new ExtendedModelMap();

    record Answer(String text) implements TaskOutcome {
    }

    record AnswerForm(@NotNull Integer number, @NotBlank String text) implements TaskForm {

        @Override
        public void check(org.springframework.validation.Errors errors) {
            if ("nee".equals(text)) {
                errors.rejectValue("text", "test.no");
            }
        }

        @Override
        public Answer toOutcome() {
            return new Answer(number + " " + text);
        }
    }

    static final class AnswerKind extends SimpleTaskFormKind<AnswerForm> {

        AnswerKind() {
            super("test:answer", "antwoorden", AnswerForm.class, "workspace/tasks/answer", () -> new AnswerForm(null, null),
                    (task, model) -> model.addAttribute("context", "shown"));
        }
    }

    /** Rows: the empty ones are left out before the check, and come back on the page. */
    record RowsForm(List<@NotBlank String> rows) {
    }

    static final class RowsKind implements TaskFormKind<RowsForm> {

        @Override
        public String formKey() {
            return "test:rows";
        }

        @Override
        public String path() {
            return "rijen";
        }

        @Override
        public Class<RowsForm> formType() {
            return RowsForm.class;
        }

        @Override
        public String view() {
            return "workspace/tasks/rows";
        }

        @Override
        public RowsForm initial(TaskContext task) {
            return new RowsForm(List.of("", ""));
        }

        @Override
        public void addContext(TaskContext task, Model model) {
        }

        @Override
        public RowsForm change(TaskContext task, RowsForm posted, String action) {
            if (!"one-more".equals(action)) {
                return null;
            }
            List<String> rows = new ArrayList<>(posted.rows());
            rows.add("");
            return new RowsForm(rows);
        }

        @Override
        public RowsForm prepare(TaskContext task, RowsForm posted) {
            return new RowsForm(posted.rows().stream().filter(row -> !row.isBlank()).toList());
        }

        @Override
        public TaskStep decide(TaskContext task, RowsForm form, String action, BindingResult errors, Model model) {
            return form.rows().isEmpty() ? TaskStep.reload("test.rows.none") : TaskStep.complete(new Answer(form.rows().get(0)));
        }

        @Override
        public RowsForm shown(RowsForm checked) {
            List<String> rows = new ArrayList<>(checked.rows());
            rows.add("");
            return new RowsForm(rows);
        }
    }

    @Test
    void aFormWithoutErrorsCompletesWithItsOutcome() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new AnswerKind(), new AnswerForm(3, "ja")), null, model);

        assertThat(submission.step()).isInstanceOfSatisfying(TaskStep.Complete.class,
                complete -> assertThat(complete.outcome()).isEqualTo(new Answer("3 ja")));
    }

    @Test
    void theAnnotationsAndTheFormsOwnChecksKeepItOnItsPage() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new AnswerKind(), new AnswerForm(null, "nee")), null,
                model);
        submission.show(model);

        assertThat(submission.step()).isEqualTo(TaskStep.show());
        BindingResult shown = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(shown.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("number", "NotNull"),
                        org.assertj.core.groups.Tuple.tuple("text", "test.no"));
        assertThat(model.getAttribute("form")).isEqualTo(new AnswerForm(null, "nee"));
    }

    @Test
    void aValueThatCouldNotBeConvertedKeepsItsOwnErrorAndIsNotCheckedAgain() {
        AnswerForm form = new AnswerForm(null, "ja");
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        binding.addError(new FieldError("form", "number", "veel", true, new String[] { "typeMismatch" }, null, null));

        TaskFormFlow.Submission submission = flow.submit(task, new PostedTaskForm(new AnswerKind(), form, binding), null,
                model);
        submission.show(model);

        BindingResult shown = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(shown.getFieldErrors("number")).extracting(FieldError::getCode).containsExactly("typeMismatch");
        assertThat(submission.step()).isEqualTo(TaskStep.show());
    }

    @Test
    void anActionThatOnlyChangesTheFormShowsItUncheckedAndStoresNothing() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new RowsKind(), new RowsForm(List.of(""))),
                "one-more", model);
        submission.show(model);

        assertThat(submission.step()).isEqualTo(TaskStep.show());
        assertThat(model.getAttribute("form")).isEqualTo(new RowsForm(List.of("", "")));
        assertThat(((BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form")).hasErrors()).isFalse();
    }

    @Test
    void rowsArePutInOrderBeforeTheCheckAndThePageShowsTheFormAsTheKindShowsIt() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new RowsKind(), new RowsForm(List.of("", "eerste"))),
                null, model);
        submission.show(model);

        assertThat(submission.step()).isInstanceOfSatisfying(TaskStep.Complete.class,
                complete -> assertThat(complete.outcome()).isEqualTo(new Answer("eerste")));
        assertThat(model.getAttribute("form")).isEqualTo(new RowsForm(List.of("eerste", "")));
    }

    @Test
    void aKindMaySendThePersonBackToAFreshForm() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new RowsKind(), new RowsForm(List.of(" "))), null,
                model);

        assertThat(submission.step()).isEqualTo(TaskStep.reload("test.rows.none"));
    }

    @Test
    void theDomainsRefusalLandsOnTheFieldItNames() {
        TaskFormFlow.Submission submission = flow.submit(task, posted(new AnswerKind(), new AnswerForm(3, "ja")), null,
                model);
        submission.refused(new RuleViolationException("text", "too-late", "too late"));
        submission.show(model);

        BindingResult shown = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(shown.getFieldErrors("text")).extracting(FieldError::getCode).contains("rule.too-late");
    }

    @Test
    void kindsAreFoundByAddressAndFormKeyAndTwoAtOneAddressAreAMistake() {
        TaskFormKinds kinds = new TaskFormKinds(List.of(new AnswerKind(), new RowsKind()));

        assertThat(kinds.byPath("rijen").formKey()).isEqualTo("test:rows");
        assertThat(kinds.byFormKey("test:answer").path()).isEqualTo("antwoorden");
        assertThat(kinds.inPortal("test:answer")).isFalse();
        assertThatThrownBy(() -> kinds.byPath("onbekend")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kinds.byPath(null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kinds.byFormKey(null)).as("a task without a form key has no form")
                .isInstanceOf(NotFoundException.class);
        assertThat(kinds.inPortal(null)).isFalse();
        assertThatThrownBy(() -> new TaskFormKinds(List.of(new AnswerKind(), new AnswerKind())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("antwoorden");
    }

    private static PostedTaskForm posted(TaskFormKind<?> kind, Object form) {
        return new PostedTaskForm(kind, form, new BeanPropertyBindingResult(form, "form"));
    }
}
