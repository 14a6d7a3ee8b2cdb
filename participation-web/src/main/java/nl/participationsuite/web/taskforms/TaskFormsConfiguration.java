package nl.participationsuite.web.taskforms;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the channels' task form controllers take a {@link PostedTaskForm}. */
@Configuration(proxyBeanMethods = false)
class TaskFormsConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<TaskFormKinds> kinds;

    TaskFormsConfiguration(ObjectProvider<TaskFormKinds> kinds) {
        this.kinds = kinds;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PostedTaskFormResolver(kinds));
    }
}
