package nl.participationsuite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Participation Suite: workspace, resident portal, manager reports and REST API in one Spring
 * Boot application. It sits in the root package so that the domain, workflow and reporting modules
 * are found by component and entity scanning.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParticipationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParticipationApplication.class, args);
    }
}
