package nl.participationsuite.benchmark;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain and the workflow without the web, as the workflow module's tests run them: for seeding in-process. */
@SpringBootApplication(scanBasePackages = { "nl.participationsuite.domain", "nl.participationsuite.workflow" })
@EntityScan("nl.participationsuite.domain")
@EnableJpaRepositories("nl.participationsuite.domain")
class SeedApplication {
}
