package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import org.junit.jupiter.api.Test;

class PortfolioFilterTests {

    private final OrganisationId ggd = OrganisationId.random();

    private final OrganisationId dalfsen = OrganisationId.random();

    private final ManagerScope scope = new ManagerScope(PersonId.random(), List.of(
            new ManagerScope.Organisation(dalfsen, "Gemeente Dalfsen"), new ManagerScope.Organisation(ggd, "GGD IJsselland")));

    @Test
    void parsesEveryPartAndWritesItBackForABookmarkableUrl() {
        PortfolioFilter filter = PortfolioFilter.parse(Map.of("organisation", List.of(ggd.toString()), "from", List.of("2026-01-01"),
                "to", List.of("2026-12-31"), "kind", List.of("resident_initiative"), "level", List.of("PARTICIPATION"),
                "phase", List.of("WORKING_TOGETHER"), "status", List.of("open")), scope);

        assertThat(filter).isEqualTo(new PortfolioFilter(Set.of(ggd), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, Phase.WORKING_TOGETHER,
                PortfolioFilter.Status.OPEN));
        assertThat(PortfolioFilter.parse(filter.toParameters(), scope)).isEqualTo(filter);
        assertThat(filter.toParameters()).containsEntry("status", List.of("open"));
    }

    @Test
    void blankAndAbsentParametersMeanAny() {
        assertThat(PortfolioFilter.parseSingle(Map.of("kind", " ", "phase", ""), scope)).isEqualTo(PortfolioFilter.all());
        assertThat(PortfolioFilter.all().toParameters()).isEmpty();
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        assertRefused(Map.of("from", "31-01-2026"), "from", "report.filter.invalid-date");
        assertRefused(Map.of("kind", "PROJECT"), "kind", "report.filter.invalid-value");
        assertRefused(Map.of("status", "ajar"), "status", "report.filter.invalid-value");
        assertRefused(Map.of("from", "2026-02-01", "to", "2026-01-01"), "to", "report.filter.period-reversed");
        assertRefused(Map.of("organisation", "not-a-uuid"), "organisation", "report.filter.unknown-organisation");
    }

    @Test
    void refusesAnOrganisationOutsideTheScopeAsIfItDidNotExist() {
        assertRefused(Map.of("organisation", OrganisationId.random().toString()), "organisation",
                "report.filter.unknown-organisation");
    }

    private void assertRefused(Map<String, String> parameters, String parameter, String code) {
        assertThatThrownBy(() -> PortfolioFilter.parseSingle(parameters, scope))
                .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }
}
