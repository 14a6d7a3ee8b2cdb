package nl.participationsuite.benchmark;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain and the reports without engine or web: for generating report data and timing the reports in-process. */
@SpringBootApplication(scanBasePackages = { "nl.participationsuite.domain", "nl.participationsuite.reporting" })
@EntityScan("nl.participationsuite.domain")
@EnableJpaRepositories("nl.participationsuite.domain")
class ReportApplication {
}
