package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every kind of task the process sets out has a form in the workspace, at its own address. */
class TaskFormPathsTests {

    @Test
    void everyFormKeyOfTheProcessHasAFormName() {
        assertThat(TaskFormPaths.FORMS.keySet()).containsExactlyInAnyOrderElementsOf(formKeys());
        assertThat(Set.copyOf(TaskFormPaths.FORMS.values())).hasSameSizeAs(TaskFormPaths.FORMS.values());
    }

    @Test
    void everyFormNameHasAControllerOfItsOwn() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<String> mapped = scanner.findCandidateComponents(TaskFormPaths.class.getPackageName()).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader()))
                .map(type -> type.getAnnotation(RequestMapping.class))
                .filter(mapping -> mapping != null)
                .flatMap(mapping -> Arrays.stream(mapping.value()))
                .collect(Collectors.toSet());

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(TaskFormPaths.FORMS.values().stream()
                .map(form -> TaskFormPaths.TASKS + "/{taskId}/" + form).toList());
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
