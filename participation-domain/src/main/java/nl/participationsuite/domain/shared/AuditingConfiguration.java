package nl.participationsuite.domain.shared;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills in who and when on every change, from the current {@link Actors actor} and the product's clock. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditingTime")
class AuditingConfiguration {

    @Bean
    AuditorAware<String> auditor(ObjectProvider<Actors> actors) {
        return () -> Optional.of(actors.stream().findFirst().flatMap(Actors::current).orElse(Actors.SYSTEM));
    }

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
