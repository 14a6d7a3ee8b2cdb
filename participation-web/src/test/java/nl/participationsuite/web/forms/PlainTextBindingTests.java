package nl.participationsuite.web.forms;

import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.VoteForm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * The binder-wide refusal of control characters, on every form record the pages bind (found in
 * the controllers' {@code @ModelAttribute} parameters, so a new form or field is covered without a
 * new test): a NUL byte in any text is a field error coded {@code rule.text.control-character} on
 * that field, and line breaks and tabs pass.
 */
class PlainTextBindingTests {

    @TestFactory
    Stream<DynamicTest> refusesANulInEveryTextOfEveryFormRecord() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> form : formRecords()) {
            for (RecordComponent component : form.getRecordComponents()) {
                if (component.getType() == String.class) {
                    tests.add(DynamicTest.dynamicTest(form.getName() + "." + component.getName(), () -> {
                        BindingResult result = bind(form, component.getName(), "Buurt\u0000tuin");
                        FieldError error = result.getFieldError(component.getName());
                        assertThat(error).as("the field's error").isNotNull();
                        assertThat(error.getCodes()).contains(PlainTextBinding.ERROR_CODE);
                        assertThat(error.getRejectedValue()).isEqualTo("Buurttuin");
                    }));
                }
            }
        }
        assertThat(tests).as("text fields of the forms").hasSizeGreaterThan(40);
        return tests.stream();
    }

    @Test
    void letsLineBreaksAndTabsPassAndKeepsOtherConversionErrorsAsTheyWere() {
        BindingResult text = bind(Sample.class, "text", "regel 1\r\nregel\t2");
        assertThat(text.hasErrors()).isFalse();
        assertThat(((Sample) text.getTarget()).text()).isEqualTo("regel 1\r\nregel\t2");

        BindingResult number = bind(Sample.class, "number", "veel");
        assertThat(number.getFieldError("number").getCodes()).contains("typeMismatch")
                .doesNotContain(PlainTextBinding.ERROR_CODE);
    }

    record Sample(String text, Integer number) {
    }

    private static BindingResult bind(Class<?> form, String field, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.addParameter(field, value);
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        initializer.initBinder(binder);
        new PlainTextBinding().refuseControlCharacters(binder);
        binder.setTargetType(ResolvableType.forClass(form));
        binder.construct(request);
        return binder.getBindingResult();
    }

    /**
     * The record types the pages bind from a form: the controllers' {@code @ModelAttribute}s and
     * every task form kind's record (the task-form pipeline binds those itself).
     */
    static Set<Class<?>> formRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> records = new LinkedHashSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("nl.participationsuite.web")) {
            Class<?> controller;
            try {
                controller = Class.forName(definition.getBeanClassName());
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(ModelAttribute.class) && parameter.getType().isRecord()) {
                        records.add(parameter.getType());
                    }
                }
            }
        }
        ClassPathScanningCandidateComponentProvider kinds = new ClassPathScanningCandidateComponentProvider(false);
        kinds.addIncludeFilter(new AssignableTypeFilter(TaskFormKind.class));
        for (BeanDefinition definition : kinds.findCandidateComponents("nl.participationsuite.web")) {
            Class<?> form = ResolvableType.forClass(ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                    .as(TaskFormKind.class).getGeneric(0).resolve();
            if (form != null && form.isRecord()) {
                records.add(form);
            }
        }
        assertThat(records).as("form records").hasSizeGreaterThan(35).contains(VoteForm.class);
        return records;
    }
}
