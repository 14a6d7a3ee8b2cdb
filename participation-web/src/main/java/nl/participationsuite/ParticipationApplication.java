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
 * <p>{@code java -jar participation-web.jar migrate}, or the environment variable
 * {@code PARTICIPATION_MIGRATE_ONLY=true} (for an image whose entry point takes no arguments), only
 * brings the database schema up to date and exits ({@link DatabaseMigration}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParticipationApplication {

    public static void main(String[] args) {
        if (DatabaseMigration.asked(args, System.getenv())) {
            DatabaseMigration.run(DatabaseMigration.COMMAND.equals(args.length > 0 ? args[0] : null)
                    ? Arrays.copyOfRange(args, 1, args.length) : args);
            return;
        }
        SpringApplication.run(ParticipationApplication.class, args);
    }
}
