package nl.participationsuite.testsupport;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything the product stores in its own tables (not the engine's, not the
 * sessions, not Liquibase's, not the reports' kept facts and their queue, which the reports' drain
 * recomputes in the background whenever it runs): equal before and after a request means the
 * request changed nothing, not a row added, changed or removed. For "nothing is half-written" checks.
 */
public final class DatabaseFingerprint {

    private final JdbcTemplate jdbc;

    private final String statement;

    public DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name not like 'act\\_%' and table_name not like 'databasechangelog%'
                   and table_name not like 'spring\\_session%'
                   and table_name not like 'trajectory\\_report\\_facts%'
                 order by table_name""", String.class);
        this.statement = tables.stream()
                .map(table -> "select '%1$s:' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from \"%1$s\" t"
                        .formatted(table))
                .collect(Collectors.joining(" union all "));
    }

    /** The current fingerprint, one entry per table. */
    public List<String> take() {
        return jdbc.queryForList(statement, String.class).stream().sorted().toList();
    }
}
