package nl.participationsuite.web.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase, one node at a time. Nodes started together on an empty database otherwise both create
 * Liquibase's own tables and one of them fails ({@code relation "databasechangelog" already exists}).
 * The changelog runs while this node holds a PostgreSQL session-level advisory lock, taken on a
 * connection of its own: the others wait for it, then find nothing left to do. A node killed while
 * migrating loses its connection and with it the advisory lock, so no lock is ever left behind; the
 * lock row Liquibase itself keeps in {@code databasechangeloglock} would stay set, and as every
 * migration runs under the advisory lock, a set row found while holding it can only be such a
 * leftover: it is released, with a warning, instead of making every node wait for it.
 */
final class SerialisedLiquibase extends SpringLiquibase {

    /** The advisory lock's key: "PARTSUIT" in ASCII, a number no other user of the database picks by chance. */
    static final long LOCK_KEY = 0x5041525453554954L;

    private static final Logger LOG = LoggerFactory.getLogger(SerialisedLiquibase.class);

    private final boolean run;

    private final String lockTable;

    SerialisedLiquibase(boolean run, String lockTable) {
        this.run = run;
        this.lockTable = lockTable.toLowerCase(Locale.ROOT);
        setShouldRun(run);
    }

    @Override
    public void afterPropertiesSet() throws LiquibaseException {
        if (!run) {
            LOG.info("Database migration at start-up is off (PARTICIPATION_MIGRATE_ON_START=false): the schema must be current");
            return;
        }
        try (Connection lock = getDataSource().getConnection()) {
            if (!tryLock(lock)) {
                LOG.info("Another node is migrating the database: waiting for it to finish");
                call(lock, "select pg_advisory_lock(?)");
            }
            try {
                releaseLeftOverLock(lock);
                super.afterPropertiesSet();
            }
            finally {
                call(lock, "select pg_advisory_unlock(?)");
            }
        }
        catch (SQLException ex) {
            throw new DatabaseException("Could not take or release the migration lock: " + ex.getMessage(), ex);
        }
    }

    private void releaseLeftOverLock(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, lockTable);
            try (ResultSet answer = exists.executeQuery()) {
                if (!answer.next() || !answer.getBoolean(1)) {
                    return;
                }
            }
        }
        try (PreparedStatement holder = connection.prepareStatement("select lockedby, lockgranted from " + lockTable + " where locked");
                ResultSet leftOver = holder.executeQuery()) {
            if (!leftOver.next()) {
                return;
            }
            LOG.warn("Releasing the Liquibase lock left by {} since {}, a node that stopped while migrating",
                    leftOver.getString(1), leftOver.getTimestamp(2));
        }
        try (PreparedStatement release = connection.prepareStatement("update " + lockTable
                + " set locked = false, lockgranted = null, lockedby = null where locked")) {
            release.executeUpdate();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet answer = statement.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        }
    }
}
