package nl.participationsuite.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.accounts.PortalAccounts.NewResidentAccount;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An invitation makes the account and links it, or leaves nothing behind. */
class ResidentInvitationsTests {

    private final ResidentRegistration registration = mock(ResidentRegistration.class);

    private final PortalAccounts accounts = mock(PortalAccounts.class);

    private final ResidentInvitations invitations = new ResidentInvitations(registration, accounts, new ActivationCodes());

    private final TrajectoryId trajectory = TrajectoryId.random();

    private final PersonId coordinator = PersonId.random();

    private final ParticipantId participant = ParticipantId.random();

    private final Person resident = Person.resident("Fatima el Amrani", "fatima@example.org", null, null);

    @Test
    void makesAResidentAccountWithTheCodeAsTemporaryPasswordAndLinksIt() {
        when(registration.resident(trajectory, coordinator, participant)).thenReturn(resident);
        when(accounts.createResident(any())).thenReturn("kc-123");

        ResidentInvitations.Invitation invitation = invitations.invite(trajectory, coordinator, participant, "fatima");

        ArgumentCaptor<NewResidentAccount> account = ArgumentCaptor.forClass(NewResidentAccount.class);
        verify(accounts).createResident(account.capture());
        assertThat(account.getValue().username()).isEqualTo("fatima");
        assertThat(account.getValue().email()).isEqualTo("fatima@example.org");
        assertThat(account.getValue().firstName()).isEqualTo("Fatima");
        assertThat(account.getValue().lastName()).isEqualTo("el Amrani");
        assertThat(account.getValue().temporaryPassword()).isEqualTo(invitation.activationCode())
                .matches("[" + ActivationCodes.ALPHABET + "]{4}(-[" + ActivationCodes.ALPHABET + "]{4}){2}");
        verify(registration).linkAccount(trajectory, coordinator, participant, "kc-123");
        assertThat(invitation.username()).isEqualTo("fatima");
        assertThat(invitation.toString()).doesNotContain(invitation.activationCode());
    }

    @Test
    void removesTheAccountAgainWhenLinkingFails() {
        when(registration.resident(trajectory, coordinator, participant)).thenReturn(resident);
        when(accounts.createResident(any())).thenReturn("kc-123");
        RuleViolationException refusal = new RuleViolationException("keycloakSubject", "person.already-linked", "linked");
        when(registration.linkAccount(trajectory, coordinator, participant, "kc-123")).thenThrow(refusal);

        assertThatThrownBy(() -> invitations.invite(trajectory, coordinator, participant, "fatima")).isSameAs(refusal);

        verify(accounts).delete("kc-123");
    }

    @Test
    void makesNoAccountForAResidentWhoHasOne() {
        resident.linkAccount("kc-old");
        when(registration.resident(trajectory, coordinator, participant)).thenReturn(resident);

        assertThatThrownBy(() -> invitations.invite(trajectory, coordinator, participant, "fatima"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("person.already-linked"));

        verify(accounts, never()).createResident(any());
    }

    @Test
    void suggestsTheFirstFreeUserNameLikeTheTakenOne() {
        when(accounts.exists("fatima2")).thenReturn(true);
        when(accounts.exists("fatima3")).thenReturn(false);

        assertThat(invitations.freeUserNameLike("fatima")).isEqualTo("fatima3");
    }

    @Test
    void makesUserNamesFromNames() {
        assertThat(UserNames.suggest("Fatima el Amrani")).isEqualTo("fatima.el.amrani");
        assertThat(UserNames.suggest("  Zoë d'Hondt-Ünal ")).isEqualTo("zoe.d.hondt.unal");
        assertThat(UserNames.suggest("Al")).isEqualTo("inwoner");
        assertThat(UserNames.suggest("Fatima el Amrani")).matches(UserNames.PATTERN);
    }

    @Test
    void findsTheAdminApiBesideTheRealm() {
        assertThat(KeycloakPortalAccounts.adminBase("http://127.0.0.1:8180/realms/participation"))
                .isEqualTo("http://127.0.0.1:8180/admin/realms/participation");
        assertThat(KeycloakPortalAccounts.adminBase("https://login.example.org/auth/realms/participation/"))
                .isEqualTo("https://login.example.org/auth/admin/realms/participation");
    }
}
