package nl.participationsuite.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.participationsuite.domain.privacy.AccountRemoval;
import nl.participationsuite.domain.privacy.AccountRemovals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** Erased residents' accounts: removed when Keycloak answers, kept queued (with the reason) when it does not. */
class AccountRemovalJobTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final AccountRemovals removals = mock(AccountRemovals.class);

    private final PortalAccounts accounts = mock(PortalAccounts.class);

    private final AccountRemoval first = removal("account-1");

    private final AccountRemoval second = removal("account-2");

    private AccountRemovalJob job;

    @BeforeEach
    void twoAccountsQueued() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        job = new AccountRemovalJob(removals, accounts, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
        when(removals.findAllByOrderByRequestedAtAsc()).thenReturn(List.of(first, second));
        when(removals.findById(first.id())).thenReturn(Optional.of(first));
        when(removals.findById(second.id())).thenReturn(Optional.of(second));
    }

    @Test
    void removesEveryAccountAndTakesItOffTheQueue() {
        assertThat(job.removePending()).isZero();

        verify(accounts).delete("account-1");
        verify(accounts).delete("account-2");
        verify(removals).done(first.id());
        verify(removals).done(second.id());
    }

    @Test
    void anAccountKeycloakDoesNotRemoveStaysQueuedWithWhyAndTheOthersGoOn() {
        doThrow(new AccountsUnavailableException("Keycloak could not remove the account", null))
                .when(accounts).delete("account-1");

        assertThat(job.removePending()).isEqualTo(1);

        verify(first).failed(eq(NOW), eq("Keycloak could not remove the account"));
        verify(removals, never()).done(first.id());
        verify(removals).done(second.id());
    }

    @Test
    void rightAfterAnErasureAQueueThatCannotBeReadNeverFailsTheCaller() {
        when(removals.findAllByOrderByRequestedAtAsc()).thenThrow(new IllegalStateException("database gone"));

        job.removeNow();

        verify(accounts, never()).delete(any());
    }

    private static AccountRemoval removal(String accountId) {
        AccountRemoval removal = mock(AccountRemoval.class);
        when(removal.id()).thenReturn(UUID.randomUUID());
        when(removal.accountId()).thenReturn(accountId);
        return removal;
    }
}
