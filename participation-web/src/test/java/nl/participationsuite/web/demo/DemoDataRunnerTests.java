package nl.participationsuite.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo loader runs only when asked for, and never under a production profile. */
class DemoDataRunnerTests {

    private final DemoData loader = mock(DemoData.class);

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withBean(DemoData.class, () -> loader)
            .withUserConfiguration(DemoDataRunner.class);

    @Test
    void doesNotRunWithoutTheProperty() {
        contexts.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoDataRunner.class));
        verifyNoInteractions(loader);
    }

    @Test
    void doesNotRunWhenSwitchedOff() {
        contexts.withPropertyValues(DemoData.ENABLED + "=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoDataRunner.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "production", "PROD" })
    void refusesToStartUnderAProductionProfile(String profile) {
        contexts.withPropertyValues(DemoData.ENABLED + "=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("kubernetes", profile))
                .run(context -> {
                    assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(DemoDataRefusedException.class)
                            .hasMessageContaining("refused under the '" + profile + "' profile");
                    FailureAnalysis analysis = new DemoDataRefusedFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("'" + profile + "' profile", "demo accounts");
                    assertThat(analysis.getAction()).contains("PARTICIPATION_DEMO_DATA");
                });
        verifyNoInteractions(loader);
    }

    @Test
    void loadsTheDemoWhenAskedForOutsideProduction() {
        contexts.withPropertyValues(DemoData.ENABLED + "=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("dev"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DemoDataRunner.class);
                    context.getBean(DemoDataRunner.class).run(null);
                    verify(loader).loadUnlessPresent();
                });
    }
}
