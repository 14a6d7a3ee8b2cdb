package nl.participationsuite.web.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once the application has started, only when
 * {@code participation.demo-data.enabled=true} ({@code PARTICIPATION_DEMO_DATA}). Demo people are
 * linked to the development realm's demo accounts, whose passwords are their user names: under a
 * production profile the application refuses to start rather than load them.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

    private final DemoData demoData;

    DemoDataRunner(DemoData demoData, Environment environment) {
        String production = Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> PRODUCTION_PROFILES.contains(profile.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (production != null) {
            throw new DemoDataRefusedException(production);
        }
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadUnlessPresent();
    }
}
