package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import org.junit.jupiter.api.Test;

class CurrentPersonTests {

    private final People people = mock(People.class);

    @Test
    void findsThePersonLinkedToTheLoggedInAccount() {
        Person marieke = Person.professional("Marieke de Vries", null, "subject-1", OrganisationId.random());
        when(people.findByKeycloakSubject("subject-1")).thenReturn(Optional.of(marieke));

        assertThat(new CurrentPerson(() -> Optional.of("subject-1"), people).get()).isSameAs(marieke);
    }

    @Test
    void refusesAnAccountThatIsNotLinkedToAPerson() {
        when(people.findByKeycloakSubject("subject-2")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new CurrentPerson(() -> Optional.of("subject-2"), people).get())
                .isInstanceOfSatisfying(NotAllowedException.class, ex -> assertThat(ex.code()).isEqualTo("account.not-linked"));
        assertThatThrownBy(() -> new CurrentPerson(Optional::empty, people).get()).isInstanceOf(NotAllowedException.class);
    }
}
