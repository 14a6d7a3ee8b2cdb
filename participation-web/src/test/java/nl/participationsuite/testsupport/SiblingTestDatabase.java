package nl.participationsuite.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A database of its own next to the integration tests' one (its name plus a suffix), created afresh
 * for each run, for tests whose data (the demo's) must not leak into the shared database. With
 * {@code PARTICIPATION_TEST_DB_URL} the given database is used as it is. Subclasses name the suffix.
 */
public abstract class SiblingTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$");

    private final String suffix;

    protected SiblingTestDatabase(String suffix) {
        this.suffix = suffix;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresTestDatabase.Coordinates shared = PostgresTestDatabase.coordinates();
        String url = System.getenv("PARTICIPATION_TEST_DB_URL") == null ? sibling(shared) : shared.url();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(suffix + "TestDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", shared.username(),
                "spring.datasource.password", shared.password())));
    }

    private String sibling(PostgresTestDatabase.Coordinates shared) {
        return create(shared, suffix);
    }

    /**
     * A database of its own next to the shared one (its name plus {@code _<suffix>}), created empty
     * (dropped first when it exists); answers its JDBC URL.
     */
    public static String create(String suffix) {
        return create(PostgresTestDatabase.coordinates(), suffix);
    }

    private static String create(PostgresTestDatabase.Coordinates shared, String suffix) {
        Matcher url = URL.matcher(shared.url());
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + shared.url());
        }
        String name = url.group(2) + "_" + suffix;
        try (Connection connection = DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("could not create the test database " + name + ": " + ex.getMessage(), ex);
        }
        return url.group(1) + name + (url.group(3) == null ? "" : url.group(3));
    }
}
