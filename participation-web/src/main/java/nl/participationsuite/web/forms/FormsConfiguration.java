package nl.participationsuite.web.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link UnconvertibleValues} in front of every page handler. */
@Configuration(proxyBeanMethods = false)
public class FormsConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnconvertibleValues());
    }
}
