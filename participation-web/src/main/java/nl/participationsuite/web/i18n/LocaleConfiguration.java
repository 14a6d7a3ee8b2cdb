package nl.participationsuite.web.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch unless asked otherwise. {@code ?lang=en} (or {@code ?lang=nl}) switches and is remembered
 * in a cookie; without that choice the browser's preferred language decides between the two the
 * product speaks, and Dutch wins any tie or unknown language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("participation-lang") {
            @Override
            public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                    Locale locale) {
                super.setLocale(request, response, locale == null ? null : supportedOrDutch(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::preferredSupportedLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale supportedOrDutch(Locale locale) {
        return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(DUTCH);
    }

    static Locale preferredSupportedLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DUTCH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = supportedOrDutch(wanted);
            if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
            }
        }
        return DUTCH;
    }
}
