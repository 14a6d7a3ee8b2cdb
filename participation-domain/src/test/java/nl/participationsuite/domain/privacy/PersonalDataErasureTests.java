package nl.participationsuite.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import org.junit.jupiter.api.Test;

/** What an erasure rewrites, and which persons it refuses. */
class PersonalDataErasureTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aResidentKeepsTheirIdButLosesNameContactAndAccount() {
        Person anouk = Person.resident("Anouk Jansen", "anouk@example.org", "06-12345678", "subject-anouk");

        anouk.erase("Inwoner K7QM2P", NOW);

        assertThat(anouk.displayName()).isEqualTo("Inwoner K7QM2P");
        assertThat(anouk.email()).isNull();
        assertThat(anouk.phone()).isNull();
        assertThat(anouk.hasAccount()).isFalse();
        assertThat(anouk.isErased()).isTrue();
        assertThat(anouk.erasedAt()).isEqualTo(NOW);
        assertThat(anouk.isResident()).isTrue();
    }

    @Test
    void aSecondErasureAndAProfessionalAreRefused() {
        Person anouk = Person.resident("Anouk Jansen", null, null, null);
        anouk.erase("Inwoner K7QM2P", NOW);
        assertThatThrownBy(() -> anouk.erase("Inwoner AAAAAA", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.code()).isEqualTo("person.already-erased"));
        assertThat(anouk.displayName()).isEqualTo("Inwoner K7QM2P");

        Person professional = Person.professional("Sanne de Vries", "sanne@dalfsen.nl", "subject-sanne",
                OrganisationId.random());
        assertThatThrownBy(() -> professional.erase("Inwoner K7QM2P", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("person.erase-not-a-resident"));
        assertThat(professional.displayName()).isEqualTo("Sanne de Vries");
    }

    @Test
    void rewritesEMailPhoneAccountAndANameThatCannotBeAnOrdinaryWord() {
        assertThat(PersonalDataErasure.identifiers(Person.resident("Anouk Jansen", "anouk@example.org", "06-12345678",
                "subject-anouk"))).containsExactly("Anouk Jansen", "anouk@example.org", "06-12345678", "subject-anouk");
        assertThat(PersonalDataErasure.identifiers(Person.resident("Bernadette", null, null, null)))
                .containsExactly("Bernadette");
    }

    @Test
    void leavesAShortFirstNameAndAShortNumberAloneInOtherTexts() {
        assertThat(PersonalDataErasure.identifiers(Person.resident("Jan", null, "112", null))).isEmpty();
    }

    @Test
    void matchesEachValueAsAWholeWordWithEveryPunctuationMarkLiteral() {
        assertThat(TextColumns.quote("anouk.jansen+test@example.org")).isEqualTo("anouk\\.jansen\\+test\\@example\\.org");
        assertThat(TextColumns.quote("Anouk el Khatib-Jansen")).isEqualTo("Anouk el Khatib\\-Jansen");
        assertThat(TextColumns.pattern(List.of("Anouk Jansen", "06-1234")))
                .isEqualTo("(?<![[:alnum:]_])(?:Anouk Jansen|06\\-1234)(?![[:alnum:]_])");
    }
}
