package nl.participationsuite.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * The domain and the process engine on the real PostgreSQL, behind the workflow facade, with a
 * clock the test moves (the product's and the engine's together, through {@link WorkflowFixture}).
 * Every workflow integration test class shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The imported engine settings switch the job executor on; tests run due jobs themselves.
@SpringBootTest(classes = WorkflowTestApplication.class, properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
@Import(WorkflowIntegrationTest.Configuration.class)
public @interface WorkflowIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Europe/Amsterdam"));
        }

        @Bean
        WorkflowFixture workflowFixture() {
            return new WorkflowFixture();
        }
    }
}
