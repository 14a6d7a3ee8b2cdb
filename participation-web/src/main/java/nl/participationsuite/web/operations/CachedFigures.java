package nl.participationsuite.web.operations;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures read from the database at most once per period, however many meters show them and however
 * often they are scraped. When reading fails, the last figures stay (none before the first read) and
 * one line is logged.
 */
final class CachedFigures<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedFigures.class);

    private final String name;

    private final Supplier<T> source;

    private final long ttlNanos;

    private final Consumer<T> onRead;

    private T figures;

    private long readAt;

    private boolean read;

    CachedFigures(String name, Supplier<T> source, Duration ttl, Consumer<T> onRead) {
        this.name = name;
        this.source = source;
        this.ttlNanos = ttl.toNanos();
        this.onRead = onRead;
    }

    /** The figures, read again when older than the period; null when they could never be read. */
    synchronized T get() {
        long now = System.nanoTime();
        if (!read || now - readAt >= ttlNanos) {
            try {
                figures = source.get();
                onRead.accept(figures);
            }
            catch (RuntimeException ex) {
                log.warn("The {} for the metrics could not be read; the last ones stay: {}", name, ex.getMessage());
            }
            read = true;
            readAt = now;
        }
        return figures;
    }
}
