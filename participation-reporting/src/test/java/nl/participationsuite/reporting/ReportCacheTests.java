package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReportCacheTests {

    @Test
    void computesAViewOnceWhileItIsFreshAndEachViewApart() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(5));
        AtomicInteger computed = new AtomicInteger();

        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("b", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aTimeToLiveOfZeroComputesEveryTime() {
        ReportCache cache = new ReportCache(Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();

        cache.get("a", computed::incrementAndGet);
        cache.get("a", computed::incrementAndGet);

        assertThat(computed).hasValue(2);
    }

    @Test
    void keepsAtMostTheMaximumNumberOfViews() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(5));
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i <= ReportCache.MAX_ENTRIES; i++) {
            cache.get(i, computed::incrementAndGet);
        }
        computed.set(0);

        cache.get(0, computed::incrementAndGet);

        assertThat(computed).as("the oldest view went").hasValue(1);
    }
}
