package nl.participationsuite.web.taskforms;

import org.springframework.validation.BindingResult;

/**
 * A task form as posted, bound to the record of the kind its address names (by
 * {@link PostedTaskFormResolver}), with the values that could not be converted in {@code binding}
 * (and null in {@code form}, which is never null itself).
 */
public record PostedTaskForm(TaskFormKind<?> kind, Object form, BindingResult binding) {
}
