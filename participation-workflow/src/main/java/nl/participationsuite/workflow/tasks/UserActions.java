package nl.participationsuite.workflow.tasks;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one user action in one transaction: the domain change and the engine's step commit together
 * or not at all.
 * <p>
 * Many people act in one trajectory at the same moment (votes near a deadline, professionals
 * answering inputs). The engine keeps a trajectory's flow in one process instance, so two
 * independent completions can touch the same execution rows; the loser's transaction then fails
 * with an optimistic-locking failure and is rolled back completely. That is not a conflict between
 * the two people, so the whole action is tried again, a bounded number of times, on fresh data.
 * A second attempt sees what really happened: the task still open (and completes it), or completed
 * or claimed by someone else, which the action itself reports as a {@link TaskConflictException}.
 * <p>
 * An action that runs inside a caller's transaction is not retried here: the outermost action is.
 */
@Component
public class UserActions {

    private static final Logger log = LoggerFactory.getLogger(UserActions.class);

    /** Attempts of an action that keeps losing races; each waits a little longer, at random. */
    static final int MAX_ATTEMPTS = 10;

    /** A refused insert (a duplicate) is tried once more: the second attempt sees the row that won. */
    private static final int MAX_ATTEMPTS_AFTER_DUPLICATE = 2;

    private final TransactionTemplate transaction;

    UserActions(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Runs the action in its own transaction, again when it lost a race with an independent action. */
    public <R> R run(Supplier<R> action) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return action.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> action.get());
            }
            catch (DataIntegrityViolationException ex) {
                if (attempt >= MAX_ATTEMPTS_AFTER_DUPLICATE) {
                    throw new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE, null,
                            "this was already recorded", ex);
                }
                pause(attempt, ex);
            }
            catch (RuntimeException ex) {
                if (!lostARace(ex)) {
                    throw ex;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    log.warn("user action lost {} races in a row; refused as busy", attempt, ex);
                    throw new TaskConflictException(TaskConflictException.Reason.BUSY, null,
                            "too many changes to the same trajectory at the same moment; nothing was saved, try again", ex);
                }
                pause(attempt, ex);
            }
        }
    }

    /** Runs an action that answers nothing. */
    public void run(Runnable action) {
        run(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Whether the action failed only because another transaction changed the same rows first:
     * the engine's or JPA's optimistic locking, a lock the database gave up on (deadlock,
     * serialization), or the engine finding a task gone or claimed between its read and its write.
     */
    static boolean lostARace(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                    || cause instanceof TaskAlreadyClaimedException || cause instanceof NullValueException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt, RuntimeException ex) {
        log.debug("user action lost a race (attempt {}), trying again: {}", attempt, ex.toString());
        long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ex;
        }
    }
}
