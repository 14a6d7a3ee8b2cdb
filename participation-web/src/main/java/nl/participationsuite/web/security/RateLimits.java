package nl.participationsuite.web.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The request budgets of this node: a Bucket4j token bucket per channel and user, and per channel
 * and client address, each holding the period's number of requests and refilling evenly over the
 * period. A request takes one token from the address's bucket and, when someone is logged in, one
 * from the user's; when either is empty it is refused with the time until a token is back.
 *
 * <p>The buckets live in this node's memory: behind a load balancer each node keeps its own count,
 * so the effective limit is at most the number of nodes times the configured one. Buckets that
 * have filled up again are forgotten when many addresses have been seen, so that the memory stays
 * bounded.
 */
final class RateLimits {

    /** Where a request comes in: they are counted apart. */
    enum Channel {
        /** {@code /api/**}, every request. */
        API,
        /** The pages, form posts only. */
        FORMS
    }

    /** Above this many buckets, the full ones are dropped (a full bucket is the same as a new one). */
    static final int FORGET_FULL_BUCKETS_ABOVE = 50_000;

    private final RateLimitProperties settings;

    private final ConcurrentMap<String, Budget> budgets = new ConcurrentHashMap<>();

    RateLimits(RateLimitProperties settings) {
        this.settings = settings;
    }

    /**
     * Takes a request from the budgets of the address and (when not null) the user.
     *
     * @return zero when the request may pass; otherwise how long until the caller may try again
     */
    Duration admit(Channel channel, String user, String address) {
        if (!settings.enabled()) {
            return Duration.ZERO;
        }
        Duration wait = take(channel + " address " + address, settings.perAddress());
        if (wait.isZero() && user != null) {
            wait = take(channel + " user " + user, channel == Channel.API ? settings.apiPerUser() : settings.formsPerUser());
        }
        return wait;
    }

    private Duration take(String key, long capacity) {
        if (budgets.size() > FORGET_FULL_BUCKETS_ABOVE) {
            budgets.values().removeIf(Budget::isFull);
        }
        Budget budget = budgets.computeIfAbsent(key, any -> new Budget(Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.period()))
                .build(), capacity));
        ConsumptionProbe probe = budget.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    private record Budget(Bucket bucket, long capacity) {

        boolean isFull() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
