package nl.participationsuite.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain and the workflow without the web: the engine on PostgreSQL behind the facade. */
@SpringBootApplication(scanBasePackages = { "nl.participationsuite.domain", "nl.participationsuite.workflow" })
@EntityScan("nl.participationsuite.domain")
@EnableJpaRepositories("nl.participationsuite.domain")
class WorkflowTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkflowTestApplication.class, args);
    }
}
