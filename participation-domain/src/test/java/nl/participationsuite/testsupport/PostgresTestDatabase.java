package nl.participationsuite.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The real PostgreSQL the integration tests run against, one per test JVM, shared by all test
 * classes in it. In order of preference:
 * <ol>
 *   <li>{@code PARTICIPATION_TEST_DB_URL} (with {@code PARTICIPATION_TEST_DB_USERNAME} and
 *       {@code PARTICIPATION_TEST_DB_PASSWORD}): used as it is, never dropped;</li>
 *   <li>a Testcontainers PostgreSQL where a Docker engine is reachable (unless
 *       {@code PARTICIPATION_TEST_DOCKER=false});</li>
 *   <li>the machine's PostgreSQL ({@code PARTICIPATION_TEST_DB_ADMIN_URL}, default
 *       {@code jdbc:postgresql://127.0.0.1:5432/postgres} as user {@code postgres}), on which a
 *       fresh database named after the module is created for every test run.</li>
 * </ol>
 */
public final class PostgresTestDatabase {

    private static final String POSTGRES_IMAGE = "postgres:15-alpine";

    private static Coordinates coordinates;

    private PostgresTestDatabase() {
    }

    /** The connection details of the test database, started or created on first use. */
    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = resolve();
        }
        return coordinates;
    }

    private static Coordinates resolve() {
        String explicitUrl = setting("PARTICIPATION_TEST_DB_URL", null);
        if (explicitUrl != null) {
            return new Coordinates(explicitUrl, setting("PARTICIPATION_TEST_DB_USERNAME", "postgres"),
                    setting("PARTICIPATION_TEST_DB_PASSWORD", ""));
        }
        if (DockerSupport.useDocker()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
            container.start();
            return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return freshLocalDatabase();
    }

    private static Coordinates freshLocalDatabase() {
        String adminUrl = setting("PARTICIPATION_TEST_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String username = setting("PARTICIPATION_TEST_DB_USERNAME", "postgres");
        String password = setting("PARTICIPATION_TEST_DB_PASSWORD", "");
        String name = databaseName();
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("The integration tests need PostgreSQL at " + adminUrl
                    + " (or PARTICIPATION_TEST_DB_URL, or a Docker engine): " + ex.getMessage(), ex);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new Coordinates(url, username, password);
    }

    /** One database per module, so that modules can be tested side by side. */
    private static String databaseName() {
        String module = setting("PARTICIPATION_TEST_DB_NAME",
                "participation_test_" + System.getProperty("user.dir").replaceAll(".*[/\\\\]", ""));
        return module.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** JDBC coordinates of the test database. */
    public record Coordinates(String url, String username, String password) {
    }

    /** Whether Testcontainers is to be used: a Docker engine answers and it is not switched off. */
    public static final class DockerSupport {

        private static Boolean available;

        private DockerSupport() {
        }

        public static synchronized boolean useDocker() {
            if (available == null) {
                available = !"false".equalsIgnoreCase(setting("PARTICIPATION_TEST_DOCKER", "true"))
                        && dockerAnswers();
            }
            return available;
        }

        private static boolean dockerAnswers() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            }
            catch (RuntimeException ex) {
                return false;
            }
        }
    }
}
