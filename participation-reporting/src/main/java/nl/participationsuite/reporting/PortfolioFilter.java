package nl.participationsuite.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryKind;

/**
 * Which trajectories a portfolio report covers. Every part is optional (null or empty = any):
 * <ul>
 * <li>{@code organisation}: one or more of the manager's organisations (repeat the parameter);</li>
 * <li>{@code from} / {@code to}: ISO dates ({@code 2026-01-31}); a trajectory is in the period when it
 * was running on any day of it: started on or before {@code to} and not closed before {@code from};</li>
 * <li>{@code kind}: a {@link TrajectoryKind}; {@code level}: a {@link ParticipationLevel} (the intended
 * level); {@code phase}: a {@link Phase} (the current phase);</li>
 * <li>{@code status}: {@code open} or {@code closed}.</li>
 * </ul>
 * {@link #parse} turns request parameters into a filter and refuses bad values with an
 * {@link InvalidFilterException} naming the parameter; {@link #toParameters()} gives them back for a
 * bookmarkable URL. Enum values are accepted in any case.
 */
public record PortfolioFilter(Set<OrganisationId> organisations, LocalDate from, LocalDate to, TrajectoryKind kind,
        ParticipationLevel level, Phase phase, Status status) {

    public static final String ORGANISATION = "organisation";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String KIND = "kind";
    public static final String LEVEL = "level";
    public static final String PHASE = "phase";
    public static final String STATUS = "status";

    /** The parameter names, in the order {@link #toParameters()} writes them. */
    public static final List<String> PARAMETERS = List.of(ORGANISATION, FROM, TO, KIND, LEVEL, PHASE, STATUS);

    /** Open (not closed) or closed trajectories. */
    public enum Status {
        OPEN, CLOSED
    }

    public PortfolioFilter {
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFilterException(TO, to.toString(), "report.filter.period-reversed",
                    "the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every trajectory in scope. */
    public static PortfolioFilter all() {
        return new PortfolioFilter(Set.of(), null, null, null, null, null, null);
    }

    /**
     * The filter from request parameters (name to values; absent and blank values mean "any").
     * Organisations must be among the manager's; anything else is refused with the parameter's name.
     */
    public static PortfolioFilter parse(Map<String, List<String>> parameters, ManagerScope scope) {
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        for (String value : values(parameters, ORGANISATION)) {
            OrganisationId id;
            try {
                id = new OrganisationId(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                throw unknownOrganisation(value);
            }
            if (!scope.covers(id)) {
                throw unknownOrganisation(value);
            }
            organisations.add(id);
        }
        return new PortfolioFilter(organisations, date(parameters, FROM), date(parameters, TO),
                constant(parameters, KIND, TrajectoryKind.class), constant(parameters, LEVEL, ParticipationLevel.class),
                constant(parameters, PHASE, Phase.class), constant(parameters, STATUS, Status.class));
    }

    /** Convenience for single-valued parameters (as a controller's {@code @RequestParam Map} gives them). */
    public static PortfolioFilter parseSingle(Map<String, String> parameters, ManagerScope scope) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, value == null ? List.of() : List.of(value)));
        return parse(multi, scope);
    }

    /** The filter as request parameters (only the parts set), for links that keep the view. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!organisations.isEmpty()) {
            parameters.put(ORGANISATION, organisations.stream().map(OrganisationId::toString).sorted().toList());
        }
        put(parameters, FROM, from);
        put(parameters, TO, to);
        put(parameters, KIND, kind);
        put(parameters, LEVEL, level);
        put(parameters, PHASE, phase);
        put(parameters, STATUS, status == null ? null : status.name().toLowerCase(Locale.ROOT));
        return parameters;
    }

    /** The same filter for one organisation (drill-down from the counts by organisation). */
    public PortfolioFilter withOrganisation(OrganisationId organisation) {
        return new PortfolioFilter(Set.of(organisation), from, to, kind, level, phase, status);
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        if (values.size() > 1) {
            throw new InvalidFilterException(name, String.join(",", values), "report.filter.invalid-value",
                    name + " takes one value");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFilterException(name, value, "report.filter.invalid-date",
                    name + " is not a date like 2026-01-31: " + value);
        }
    }

    private static <E extends Enum<E>> E constant(Map<String, List<String>> parameters, String name, Class<E> type) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilterException(name, value, "report.filter.invalid-value", name + " is one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ", not " + value);
        }
    }

    private static InvalidFilterException unknownOrganisation(String value) {
        return new InvalidFilterException(ORGANISATION, value, "report.filter.unknown-organisation",
                "not one of your organisations: " + value);
    }
}
