package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import org.junit.jupiter.api.Test;

/** Every kind of task the process sets out has a form name in the workspace's addresses. */
class TaskFormPathsTests {

    @Test
    void everyFormKeyOfTheProcessHasAFormName() {
        assertThat(TaskFormPaths.FORMS.keySet()).containsExactlyInAnyOrderElementsOf(formKeys());
        assertThat(Set.copyOf(TaskFormPaths.FORMS.values())).hasSameSizeAs(TaskFormPaths.FORMS.values());
    }

    private static Set<String> formKeys() {
        return Arrays.stream(FormKeys.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("PREFIX"))
                .map(TaskFormPathsTests::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
