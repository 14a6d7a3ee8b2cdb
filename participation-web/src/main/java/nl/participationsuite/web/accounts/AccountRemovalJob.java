package nl.participationsuite.web.accounts;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.participationsuite.domain.privacy.AccountRemoval;
import nl.participationsuite.domain.privacy.AccountRemovals;

/**
 * Removes the portal accounts of erased residents from Keycloak: at once after an erasure, and again
 * at an interval for any that Keycloak did not confirm (unreachable, refused). A removal stays queued
 * until it succeeds; each failure is counted with its reason. Safe on several nodes: removing an
 * account that is already gone counts as done, and a queue entry is deleted only once.
 */
@Component
public class AccountRemovalJob {

    private static final Logger log = LoggerFactory.getLogger(AccountRemovalJob.class);

    private final AccountRemovals removals;

    private final PortalAccounts accounts;

    private final TransactionTemplate transaction;

    private final Clock clock;

    AccountRemovalJob(AccountRemovals removals, PortalAccounts accounts, PlatformTransactionManager transactions,
            Clock clock) {
        this.removals = removals;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Tries every queued removal once; answers how many are still queued. */
    @Scheduled(fixedDelayString = "${participation.accounts.removal-retry:PT5M}",
            initialDelayString = "${participation.accounts.removal-retry:PT5M}")
    public int removePending() {
        int left = 0;
        for (AccountRemoval removal : removals.findAllByOrderByRequestedAtAsc()) {
            if (!remove(removal.id(), removal.accountId())) {
                left++;
            }
        }
        return left;
    }

    /**
     * Right after an erasure: tries the queue now and never fails the caller (the erasure has
     * committed); whatever is left is the scheduled retry's.
     */
    public void removeNow() {
        try {
            removePending();
        }
        catch (RuntimeException ex) {
            log.warn("Removing accounts right after an erasure failed; the scheduled retry takes over", ex);
        }
    }

    private boolean remove(UUID id, String accountId) {
        try {
            accounts.delete(accountId);
        }
        catch (RuntimeException ex) {
            log.warn("Portal account of an erased resident not removed yet (queue entry {}); tried again later", id, ex);
            transaction.executeWithoutResult(status -> removals.findById(id)
                    .ifPresent(removal -> removal.failed(clock.instant(), ex.getMessage())));
            return false;
        }
        transaction.executeWithoutResult(status -> removals.done(id));
        return true;
    }

    /** Switches on Spring's scheduler for the retry. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
