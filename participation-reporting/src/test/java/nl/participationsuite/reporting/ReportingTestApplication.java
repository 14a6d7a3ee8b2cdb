package nl.participationsuite.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain and the reports without engine or web: reports read what the domain's services wrote. */
@SpringBootApplication(scanBasePackages = { "nl.participationsuite.domain", "nl.participationsuite.reporting" })
@EntityScan("nl.participationsuite.domain")
@EnableJpaRepositories("nl.participationsuite.domain")
class ReportingTestApplication {
}
