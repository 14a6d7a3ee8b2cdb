package nl.participationsuite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.testsupport.ApplicationNode;
import nl.participationsuite.testsupport.PostgresTestDatabase;
import nl.participationsuite.testsupport.SiblingTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The schema migration with several nodes, on databases of their own, with the repackaged jar as
 * operators run it: nodes started at the same moment on an empty database both start (one migrates,
 * the other waits for it); the {@code migrate} command waits for a node that is migrating, takes over
 * the Liquibase lock a killed node left behind, migrates and exits; and a node started with
 * {@code PARTICIPATION_MIGRATE_ON_START=false} runs on the schema the command made.
 */
class DatabaseMigrationIntegrationTests {

    private final List<ApplicationNode> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        started.forEach(node -> node.process().destroy());
        started.forEach(ApplicationNode::close);
    }

    @Test
    void nodesStartedTogetherOnAnEmptyDatabaseAndAMigrationJobAfterAKilledNodeAllSucceed() throws Exception {
        String together = SiblingTestDatabase.create("together");
        String job = SiblingTestDatabase.create("job");
        ApplicationNode first = start("together-1", on(together));
        ApplicationNode second = start("together-2", on(together));
        ApplicationNode migrate;
        try (Connection killedNode = connect(job)) {
            // a node that is migrating: it holds the advisory lock, and has set Liquibase's own lock
            query(killedNode, "select pg_advisory_lock(" + SerialisedLiquibase.LOCK_KEY + ")");
            update(killedNode, """
                    create table databasechangeloglock (id integer primary key, locked boolean not null,
                        lockgranted timestamp, lockedby varchar(255))""");
            update(killedNode, "insert into databasechangeloglock values (1, true, now(), 'node-killed-while-migrating')");

            migrate = start("migrate", on(job), DatabaseMigration.COMMAND);
            awaitOutput(migrate, "Another node is migrating the database");
            assertThat(migrate.process().isAlive()).as("the command waits for the node").isTrue();
            assertThat(tableExists(job, "databasechangelog")).as("nothing migrated while the node holds the lock").isFalse();
        } // kill -9 of that node: its connection, and with it the advisory lock, is gone

        assertThat(migrate.awaitExit()).as("the command's exit status; see target/nodes/migrate.log").isZero();
        assertThat(migrate.output()).contains("Releasing the Liquibase lock left by node-killed-while-migrating")
                .doesNotContain("Tomcat started");
        ApplicationNode upgraded = start("not-migrating", withoutMigration(on(job)));

        first.awaitReady();
        second.awaitReady();
        upgraded.awaitReady();
        assertThat(upgraded.output()).contains("Database migration at start-up is off");
        assertThat(first.output() + second.output()).doesNotContain("already exists");
        assertThat(changeSets(together)).isPositive().isEqualTo(changeSets(job));
    }

    private ApplicationNode start(String name, Map<String, String> environment, String... arguments) {
        ApplicationNode node = ApplicationNode.start(name, environment, arguments);
        started.add(node);
        return node;
    }

    private static Map<String, String> on(String databaseUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PARTICIPATION_DB_URL", databaseUrl);
        return environment;
    }

    private static Map<String, String> withoutMigration(Map<String, String> environment) {
        environment.put("PARTICIPATION_MIGRATE_ON_START", "false");
        return environment;
    }

    private static void awaitOutput(ApplicationNode node, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!node.output().contains(text)) {
            assertThat(node.process().isAlive()).as(node.name() + " still running; see target/nodes/" + node.name() + ".log").isTrue();
            assertThat(Instant.now()).as("waiting for \"" + text + "\" from " + node.name()).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static long changeSets(String databaseUrl) throws SQLException {
        try (Connection connection = connect(databaseUrl);
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from databasechangelog")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static boolean tableExists(String databaseUrl, String table) throws SQLException {
        try (Connection connection = connect(databaseUrl);
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("select to_regclass('" + table + "') is not null")) {
            exists.next();
            return exists.getBoolean(1);
        }
    }

    private static Connection connect(String databaseUrl) throws SQLException {
        PostgresTestDatabase.Coordinates database = PostgresTestDatabase.coordinates();
        return DriverManager.getConnection(databaseUrl, database.username(), database.password());
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
