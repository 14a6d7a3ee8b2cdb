package nl.participationsuite.web.startup;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar participation-web.jar migrate}: runs the changelog and exits (0 when the schema is
 * current), for a migration job before a rolling upgrade, with the nodes started with
 * {@code PARTICIPATION_MIGRATE_ON_START=false}. Only the data source and Liquibase start: no engine,
 * no jobs, no web server. The same settings (environment variables) as the application.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class })
@Import(DatabaseMigrationConfiguration.class)
public final class DatabaseMigration {

    /** The command-line argument that selects this command. */
    public static final String COMMAND = "migrate";

    /** Set for the command only: migrate whatever PARTICIPATION_MIGRATE_ON_START says. */
    static final String MIGRATE_ONLY = "participation.database.migrate-only";

    /** The environment variable that selects this command where no argument can be given (a container's job). */
    public static final String MIGRATE_ONLY_VARIABLE = "PARTICIPATION_MIGRATE_ONLY";

    private DatabaseMigration() {
    }

    /** Whether the command is asked for: the first argument {@code migrate}, or {@code PARTICIPATION_MIGRATE_ONLY=true}. */
    public static boolean asked(String[] args, Map<String, String> environment) {
        return args.length > 0 && COMMAND.equals(args[0])
                || Boolean.parseBoolean(environment.getOrDefault(MIGRATE_ONLY_VARIABLE, "false").strip());
    }

    /** Runs the changelog with the application's settings; throws (exit status 1) when it fails. */
    public static void run(String... args) {
        try (ConfigurableApplicationContext migrated = new SpringApplicationBuilder(DatabaseMigration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(MIGRATE_ONLY + "=true")
                .run(args)) {
            // the changelog ran while the context started
        }
    }
}
