package nl.participationsuite.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The export leaves no table out: every table whose rows belong to a participation (a foreign key to
 * {@code participant}) is read by one of its sections. A new table that holds a resident's rows fails
 * here until the export reads it too.
 */
@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class PersonalDataExportCoverageIntegrationTests {

    /** Read through the row they belong to rather than on their own. */
    private static final Map<String, String> READ_OTHERWISE = Map.of(
            "participant", "the participations section itself");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableWithAParticipantsRowsIsExported() {
        List<String> tables = jdbc.queryForList("""
                select distinct source.relname from pg_constraint c
                join pg_class source on source.oid = c.conrelid
                join pg_class target on target.oid = c.confrelid
                where c.contype = 'f' and target.relname = 'participant'
                  and source.relnamespace = current_schema()::regnamespace
                order by 1""", String.class);
        assertThat(tables).as("tables referring to participant").contains("resident_input", "round_vote", "seat");

        String exported = String.join("\n", PersonalDataExport.queries());
        assertThat(tables).allSatisfy(table -> assertThat(READ_OTHERWISE.containsKey(table)
                || Pattern.compile("\\b(from|join) " + table + "\\b").matcher(exported).find())
                .as("the export reads " + table).isTrue());
    }
}
