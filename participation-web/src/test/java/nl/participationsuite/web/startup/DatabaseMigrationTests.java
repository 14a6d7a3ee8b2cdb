package nl.participationsuite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The migrate command is asked for by its argument or, in a container whose entry point passes no
 * arguments (the Kubernetes migration Job), by {@code PARTICIPATION_MIGRATE_ONLY=true}; nothing else
 * turns a node into a migration.
 */
class DatabaseMigrationTests {

    @Test
    void theArgumentOrTheEnvironmentVariableAsksForTheMigrationOnly() {
        assertThat(DatabaseMigration.asked(new String[] { "migrate" }, Map.of())).isTrue();
        assertThat(DatabaseMigration.asked(new String[0], Map.of("PARTICIPATION_MIGRATE_ONLY", "true"))).isTrue();
        assertThat(DatabaseMigration.asked(new String[0], Map.of("PARTICIPATION_MIGRATE_ONLY", " TRUE "))).isTrue();

        assertThat(DatabaseMigration.asked(new String[0], Map.of())).isFalse();
        assertThat(DatabaseMigration.asked(new String[0], Map.of("PARTICIPATION_MIGRATE_ONLY", "false"))).isFalse();
        assertThat(DatabaseMigration.asked(new String[] { "--server.port=0" }, Map.of())).isFalse();
    }
}
