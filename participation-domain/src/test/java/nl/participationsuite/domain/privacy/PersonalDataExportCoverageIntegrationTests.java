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
 * here until the export reads it too. The same holds for a table whose rows are about a person
 * themselves (a {@code person_id} or {@code recipient_id}), such as the notifications.
 */
@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class PersonalDataExportCoverageIntegrationTests {

    /** Read through the row they belong to rather than on their own. */
    private static final Map<String, String> READ_OTHERWISE = Map.of(
            "participant", "the participations section itself");

    /** Tables naming a person as their subject that hold no resident's data. */
    private static final Map<String, String> NOT_A_RESIDENTS = Map.of(
            "participant", "the participations section itself",
            "manager_organisation", "a manager's organisations",
            "response_reminder", "reminders to professionals about answering input");

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

    @Test
    void everyTableWithRowsAboutAPersonThemselvesIsExported() {
        List<String> tables = jdbc.queryForList("""
                select distinct source.relname from pg_constraint c
                join pg_class source on source.oid = c.conrelid
                join pg_class target on target.oid = c.confrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
                where c.contype = 'f' and target.relname = 'person' and a.attname in ('person_id', 'recipient_id')
                  and source.relnamespace = current_schema()::regnamespace
                order by 1""", String.class);
        assertThat(tables).as("tables about a person").contains("notification", "notification_preference");

        String exported = String.join("\n", PersonalDataExport.queries());
        assertThat(tables).allSatisfy(table -> assertThat(NOT_A_RESIDENTS.containsKey(table)
                || Pattern.compile("\\b(from|join) " + table + "\\b").matcher(exported).find())
                .as("the export reads " + table).isTrue());
    }
}
