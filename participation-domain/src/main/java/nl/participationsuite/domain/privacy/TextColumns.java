package nl.participationsuite.domain.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces words in every text column of the schema: how an erasure reaches a name or an e-mail
 * address wherever it was written, also in free text (a feedback that names the resident, the
 * reason a trajectory was closed) and in the engine's history. A value counts only as a whole word
 * (not inside a longer one), case-insensitively. Liquibase's own tables and the accounts still to be
 * removed are never touched.
 */
@Component
public class TextColumns {

    /** Tables never rewritten: Liquibase's bookkeeping, and the removal queue that needs the account id. */
    private static final Set<String> UNTOUCHED = Set.of("databasechangelog", "databasechangeloglock", "account_removal");

    private final JdbcClient jdbc;

    TextColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A text column of the schema, by its lower-case table and column name. */
    public record Column(String table, String name) {
    }

    /** The text columns of the current schema that {@code include} accepts. */
    public List<Column> of(BiPredicate<String, String> include) {
        return jdbc.sql("""
                select lower(table_name) as table_name, lower(column_name) as column_name
                from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('character varying', 'text', 'character')
                  and table_name in (select table_name from information_schema.tables
                                     where table_schema = current_schema() and table_type = 'BASE TABLE')
                order by 1, 2
                """)
                .query((row, number) -> new Column(row.getString("table_name"), row.getString("column_name")))
                .list().stream()
                .filter(column -> !UNTOUCHED.contains(column.table()))
                .filter(column -> include.test(column.table(), column.name()))
                .toList();
    }

    /**
     * Replaces each of the values, as a whole word, by the replacement in every column {@code include}
     * accepts; answers how many rows changed. Blank values are ignored.
     */
    public int replace(Collection<String> values, String replacement, BiPredicate<String, String> include) {
        List<String> words = values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
                .distinct().toList();
        if (words.isEmpty()) {
            return 0;
        }
        String pattern = pattern(words);
        String literal = replacement.replace("\\", "\\\\").replace("&", "\\&");
        int changed = 0;
        for (Column column : of(include)) {
            String name = "\"" + column.name() + "\"";
            changed += jdbc.sql("update \"" + column.table() + "\" set " + name + " = regexp_replace(" + name
                    + ", :pattern, :replacement, 'gi') where " + name + " ~* :pattern")
                    .param("pattern", pattern).param("replacement", literal).update();
        }
        return changed;
    }

    /** One case-insensitive PostgreSQL pattern matching any of the words, not inside a longer word. */
    static String pattern(List<String> words) {
        return "(?<![[:alnum:]_])(?:" + words.stream().map(TextColumns::quote).collect(Collectors.joining("|"))
                + ")(?![[:alnum:]_])";
    }

    /** The word as a literal in a PostgreSQL regular expression (every non-alphanumeric character escaped). */
    static String quote(String word) {
        StringBuilder quoted = new StringBuilder();
        word.codePoints().forEach(point -> {
            if (!Character.isLetterOrDigit(point) && !Character.isWhitespace(point)) {
                quoted.append('\\');
            }
            quoted.appendCodePoint(point);
        });
        return quoted.toString();
    }
}
