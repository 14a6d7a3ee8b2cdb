package nl.participationsuite.web.forms;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps a form on its page when a value could not be converted ("veel" for a number, an unknown
 * choice). Spring then cannot construct the form record and leaves the model attribute null, which
 * would end the page in a server error. After the handler, this puts in a form record holding every
 * value that did convert (null for the others) and the binding errors bound to it, so the page shows
 * the error next to its field and keeps the rest of what was filled in.
 */
public final class UnconvertibleValues implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (!(handler instanceof HandlerMethod method) || modelAndView == null || modelAndView.getViewName() == null
                || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, Object> model = modelAndView.getModel();
        for (MethodParameter parameter : method.getMethodParameters()) {
            ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
            Class<?> type = parameter.getParameterType();
            if (attribute == null || attribute.name().isEmpty() || !type.isRecord()) {
                continue;
            }
            String name = attribute.name();
            if (model.get(name) == null && model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult errors) {
                Object form = rebuild(type, errors);
                BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, name);
                rebound.addAllErrors(errors);
                model.put(name, form);
                model.put(BindingResult.MODEL_KEY_PREFIX + name, rebound);
            }
        }
    }

    /**
     * The form record with each value that converted; null (or zero, false) where it did not. The
     * task form pipeline ({@code web.taskforms}) binds its forms itself and rebuilds them with this.
     */
    public static <T> T rebuild(Class<T> type, BindingResult errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = convertedValue(components[i], errors);
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return BeanUtils.instantiateClass(constructor, values);
        }
        catch (NoSuchMethodException ex) {
            throw new IllegalStateException("a record has its canonical constructor: " + type, ex);
        }
    }

    private static Object convertedValue(RecordComponent component, BindingResult errors) {
        Class<?> type = component.getType();
        Object value = null;
        if (!errors.hasFieldErrors(component.getName())) {
            try {
                value = errors.getFieldValue(component.getName());
            }
            catch (RuntimeException notRecorded) {
                value = null;
            }
        }
        if (value != null && ClassUtils.isAssignableValue(type, value)) {
            return value;
        }
        return type.isPrimitive() ? (type == boolean.class ? Boolean.FALSE : 0) : null;
    }
}
