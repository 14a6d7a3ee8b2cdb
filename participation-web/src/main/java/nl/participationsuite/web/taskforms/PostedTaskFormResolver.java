package nl.participationsuite.web.taskforms;

import java.util.Map;

import jakarta.servlet.ServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import nl.participationsuite.web.forms.UnconvertibleValues;

/**
 * Binds a posted task form to the record of the kind named by the address's {@code {form}}, the way
 * Spring MVC binds a {@code @ModelAttribute} record (the same binder, conversion and initialisers),
 * except that the record's type is known only from the address. A value that cannot be converted
 * leaves the record with null there and the error in the binding, never a null form.
 */
final class PostedTaskFormResolver implements HandlerMethodArgumentResolver {

    /** The name of the address's variable that names the form, and of the model attribute the form is bound as. */
    static final String FORM = "form";

    private final ObjectProvider<TaskFormKinds> kinds;

    PostedTaskFormResolver(ObjectProvider<TaskFormKinds> kinds) {
        this.kinds = kinds;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PostedTaskForm.class;
    }

    @Override
    public PostedTaskForm resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        TaskFormKind<?> kind = kinds.getObject().byPath(variables == null ? null : variables.get(FORM));
        return bind(kind, request, binders);
    }

    private static <F> PostedTaskForm bind(TaskFormKind<F> kind, NativeWebRequest request, WebDataBinderFactory binders)
            throws Exception {
        WebDataBinder binder = binders.createBinder(request, null, FORM, ResolvableType.forClass(kind.formType()));
        ((ServletRequestDataBinder) binder).construct(request.getNativeRequest(ServletRequest.class));
        Object target = binder.getTarget();
        F form = target != null ? kind.formType().cast(target)
                : UnconvertibleValues.rebuild(kind.formType(), binder.getBindingResult());
        return new PostedTaskForm(kind, form, binder.getBindingResult());
    }
}
