package nl.participationsuite.domain.motivation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets of enum constants stored as one comma-separated column (in declaration order, empty when
 * none): a profile version stays one row, and SQL reads it with {@code string_to_array}.
 */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isEmpty()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return Collections.unmodifiableSet(values);
    }
}
