package nl.participationsuite.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which trajectories a report reads, as SQL: a condition on {@code trajectory t} and its parameters.
 * Scope is always part of it (the manager's organisations), so no query can read past it. Every query
 * starts with {@link #cte()}: the selected trajectories as {@code sel(id, closed_at)}.
 */
record Selection(String where, MapSqlParameterSource parameters, boolean empty) {

    /** Phases in process order as a SQL array, for ordering transitions made at the same moment. */
    static final String PHASE_ORDER = "array[" + Arrays.stream(Phase.values()).map(p -> "'" + p.name() + "'")
            .collect(Collectors.joining(",")) + "]::varchar[]";

    static Selection of(ManagerScope scope, PortfolioFilter filter, Clock clock) {
        Set<OrganisationId> organisations = filter.organisations().isEmpty() ? scope.organisationIds()
                : filter.organisations().stream().filter(scope::covers).collect(Collectors.toSet());
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        parameters.addValue("organisations", organisations.isEmpty() ? List.of(new UUID(0, 0))
                : organisations.stream().map(OrganisationId::value).toList());
        conditions.add("t.organisation_id in (:organisations)");
        if (filter.from() != null) {
            parameters.addValue("periodFrom", java.sql.Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
            conditions.add("(t.closed_at is null or t.closed_at >= :periodFrom)");
        }
        if (filter.to() != null) {
            parameters.addValue("periodTo",
                    java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
            conditions.add("t.started_at < :periodTo");
        }
        if (filter.kind() != null) {
            parameters.addValue("kind", filter.kind().name());
            conditions.add("t.kind = :kind");
        }
        if (filter.level() != null) {
            parameters.addValue("level", filter.level().name());
            conditions.add("t.intended_level = :level");
        }
        if (filter.phase() != null) {
            parameters.addValue("phase", filter.phase().name());
            conditions.add("t.phase = :phase");
        }
        if (filter.status() != null) {
            conditions.add(filter.status() == PortfolioFilter.Status.CLOSED ? "t.phase = 'CLOSED'" : "t.phase <> 'CLOSED'");
        }
        parameters.addValue("now", java.sql.Timestamp.from(Instant.now(clock)));
        parameters.addValue("zone", clock.getZone().getId());
        return new Selection(String.join(" and ", conditions), parameters, organisations.isEmpty());
    }

    static Selection one(ManagerScope scope, TrajectoryId id, Clock clock) {
        Selection all = of(scope, PortfolioFilter.all(), clock);
        all.parameters().addValue("trajectoryId", id.value());
        return new Selection(all.where() + " and t.id = :trajectoryId", all.parameters(), all.empty());
    }

    /**
     * These trajectories, whatever their organisation: for computing figures of trajectories a scoped
     * selection found (or the scheduled drain), never for choosing what a manager sees.
     */
    static Selection ofIds(java.util.Collection<UUID> ids, Clock clock) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        parameters.addValue("ids", ids.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(ids));
        parameters.addValue("now", java.sql.Timestamp.from(Instant.now(clock)));
        parameters.addValue("zone", clock.getZone().getId());
        return new Selection("t.id in (:ids)", parameters, ids.isEmpty());
    }

    /** The same selection with one more parameter (in a copy of the parameters). */
    Selection with(String name, Object value) {
        return new Selection(where, copy().addValue(name, value), empty);
    }

    private MapSqlParameterSource copy() {
        MapSqlParameterSource copy = new MapSqlParameterSource();
        for (String name : parameters.getParameterNames()) {
            copy.addValue(name, parameters.getValue(name));
        }
        return copy;
    }

    /** The same selection narrowed further (e.g. to trajectories that reached a phase). */
    Selection and(String condition) {
        return new Selection(where + " and " + condition, parameters, empty);
    }

    /** {@code with sel as (...)}: the selected trajectories' ids, for queries to join. */
    String cte() {
        return "with sel as materialized (select t.id, t.closed_at from trajectory t where " + where + ") ";
    }
}
