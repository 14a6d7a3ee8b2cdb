package nl.participationsuite.web.operations;

import java.util.Arrays;
import java.util.OptionalDouble;

/** One scrape of {@code /actuator/prometheus} in the text format, read as Prometheus reads it. */
record PrometheusScrape(String text) {

    /**
     * The value of the series of the metric that has every given label ({@code kind="X"}), or empty
     * when there is none.
     */
    OptionalDouble value(String metric, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    double valueOf(String metric, String... labels) {
        return value(metric, labels).orElseThrow(
                () -> new AssertionError("no series " + metric + " " + Arrays.toString(labels) + " in\n" + text));
    }
}
