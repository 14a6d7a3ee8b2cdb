package nl.participationsuite.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class DatabaseSchemaIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void liquibaseCreatesTheProcessEngineSchemaOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()",
                String.class);
        assertThat(tables).contains("act_ge_property", "act_ru_task", "act_ru_job", "act_hi_procinst",
                "act_hi_varinst", "act_re_decision_def", "databasechangelog");
        assertThat(jdbc.queryForObject(
                "select version_ from act_ge_schema_log order by cast(id_ as integer) desc limit 1", String.class))
                .as("the engine schema matches the engine library").isEqualTo("7.24.0");
    }

    @Test
    void theEnginesChangelogIsTrackedByLiquibase() {
        List<String> ids = jdbc.queryForList("select id from databasechangelog where author = 'Camunda'", String.class);
        assertThat(ids).contains("7.16.0-baseline");
    }

    @Test
    void theMasterChangelogHasNothingLeftToApply() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                    new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            assertThat(liquibase.listUnrunChangeSets(null, null)).isEmpty();
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
