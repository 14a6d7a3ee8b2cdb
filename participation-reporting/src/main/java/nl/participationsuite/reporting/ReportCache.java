package nl.participationsuite.reporting;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures that cost a pass over every trajectory of a portfolio (the scorecard over all of
 * them, the learning evaluation) for a short while ({@code participation.reports.cache-ttl}, 5 minutes
 * unless configured; {@code PT0S} switches it off), per scope and filter, on each node. A manager who
 * pages, or comes back to a view, does not pay that pass again; figures are at most that old. Counts,
 * the page of trajectories and a trajectory report are always read fresh.
 */
@Component
class ReportCache {

    /** More distinct views than this and the oldest go first. */
    static final int MAX_ENTRIES = 200;

    private final long ttlNanos;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    ReportCache(@Value("${participation.reports.cache-ttl:PT5M}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.madeAt() < ttlNanos) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            evictOldest();
        }
        entries.put(key, new Entry(value, now));
        return value;
    }

    private void evictOldest() {
        Object oldest = null;
        long oldestAt = Long.MAX_VALUE;
        for (Iterator<Map.Entry<Object, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Object, Entry> entry = it.next();
            if (entry.getValue().madeAt() < oldestAt) {
                oldestAt = entry.getValue().madeAt();
                oldest = entry.getKey();
            }
        }
        if (oldest != null) {
            entries.remove(oldest);
        }
    }

    private record Entry(Object value, long madeAt) {
    }
}
