package nl.participationsuite;

import java.util.Arrays;

import nl.participationsuite.web.startup.DatabaseMigration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Participation Suite: workspace, resident portal, manager reports and REST API in one Spring
 * Boot application. It sits in the root package so that the domain, workflow and reporting modules
 * are found by component and entity scanning.
 *
 * <p>{@code java -jar participation-web.jar migrate} only brings the database schema up to date and
 * exits ({@link DatabaseMigration}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParticipationApplication {

    public static void main(String[] args) {
        if (args.length > 0 && DatabaseMigration.COMMAND.equals(args[0])) {
            DatabaseMigration.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(ParticipationApplication.class, args);
    }
}
