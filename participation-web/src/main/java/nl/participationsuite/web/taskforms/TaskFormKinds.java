package nl.participationsuite.web.taskforms;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.shared.NotFoundException;

/**
 * Every kind of task form the application has, by address and by form key: the one list the
 * channels' controllers, the inbox's links and the portal's task list derive from. Two kinds with
 * the same address or form key are a mistake found at start-up.
 */
@Component
public class TaskFormKinds {

    private final Map<String, TaskFormKind<?>> byPath;

    private final Map<String, TaskFormKind<?>> byFormKey;

    public TaskFormKinds(List<TaskFormKind<?>> kinds) {
        this.byPath = index(kinds, TaskFormKind::path);
        this.byFormKey = index(kinds, TaskFormKind::formKey);
    }

    /** Every kind. */
    public Collection<TaskFormKind<?>> all() {
        return byFormKey.values();
    }

    /** The kind at this address; an address no form has is not found. */
    public TaskFormKind<?> byPath(String path) {
        TaskFormKind<?> kind = path == null ? null : byPath.get(path);
        if (kind == null) {
            throw new NotFoundException("task form", path);
        }
        return kind;
    }

    /** The kind that completes tasks of this form key; a key no form has is not found. */
    public TaskFormKind<?> byFormKey(String formKey) {
        TaskFormKind<?> kind = formKey == null ? null : byFormKey.get(formKey);
        if (kind == null) {
            throw new NotFoundException("task form", formKey);
        }
        return kind;
    }

    /** Whether residents do tasks of this form key in the portal. */
    public boolean inPortal(String formKey) {
        TaskFormKind<?> kind = formKey == null ? null : byFormKey.get(formKey);
        return kind != null && kind.portal() != null;
    }

    private static Map<String, TaskFormKind<?>> index(List<TaskFormKind<?>> kinds,
            Function<TaskFormKind<?>, String> key) {
        Map<String, TaskFormKind<?>> index = new LinkedHashMap<>();
        for (TaskFormKind<?> kind : kinds) {
            TaskFormKind<?> earlier = index.putIfAbsent(key.apply(kind), kind);
            if (earlier != null) {
                throw new IllegalStateException("two task forms at " + key.apply(kind) + ": " + earlier + " and " + kind);
            }
        }
        return Map.copyOf(index);
    }
}
