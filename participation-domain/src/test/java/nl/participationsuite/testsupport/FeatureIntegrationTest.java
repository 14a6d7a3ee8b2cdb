package nl.participationsuite.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;

/**
 * The domain on the real PostgreSQL with a {@link MovableClock} and a {@link TrajectoryFixture};
 * every feature's integration tests share this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
@Import(FeatureIntegrationTest.Configuration.class)
public @interface FeatureIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Europe/Amsterdam"));
        }

        @Bean
        TrajectoryFixture trajectoryFixture(TrajectoryService trajectoryService, Organisations organisations,
                People people) {
            return new TrajectoryFixture(trajectoryService, organisations, people);
        }
    }
}
