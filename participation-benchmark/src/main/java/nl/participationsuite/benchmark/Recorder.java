package nl.participationsuite.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies per endpoint label, status counts and SQL statement counts. */
final class Recorder {

    private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();

    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

    private final Map<String, List<Long>> statements = new ConcurrentHashMap<>();

    void record(String label, double ms, int status) {
        millis.computeIfAbsent(label, key -> Collections.synchronizedList(new ArrayList<>())).add(ms);
        statuses.computeIfAbsent(label + " -> " + status, key -> new AtomicLong()).incrementAndGet();
    }

    void statements(String label, long count) {
        statements.computeIfAbsent(label, key -> Collections.synchronizedList(new ArrayList<>())).add(count);
    }

    Map<String, List<Double>> latencies() {
        Map<String, List<Double>> copy = new TreeMap<>();
        millis.forEach((label, values) -> {
            synchronized (values) {
                copy.put(label, new ArrayList<>(values));
            }
        });
        return copy;
    }

    Map<String, Long> statusCounts() {
        Map<String, Long> copy = new TreeMap<>();
        statuses.forEach((key, value) -> copy.put(key, value.get()));
        return copy;
    }

    Map<String, List<Long>> statementCounts() {
        return new TreeMap<>(statements);
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
