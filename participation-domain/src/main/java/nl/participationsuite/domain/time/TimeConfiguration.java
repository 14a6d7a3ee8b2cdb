package nl.participationsuite.domain.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link Clock} every service reads the time from. Dutch organisations work in
 * Europe/Amsterdam; tests replace the bean with a fixed or movable clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${participation.time-zone:Europe/Amsterdam}") ZoneId zone) {
        return Clock.system(zone);
    }
}
