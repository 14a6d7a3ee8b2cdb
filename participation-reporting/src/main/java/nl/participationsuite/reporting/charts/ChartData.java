package nl.participationsuite.reporting.charts;

import java.util.List;
import java.util.Objects;

/**
 * The figures behind one bar chart, with every text already in the reader's language: what the chart
 * shows ({@code title}), what it says in a sentence or two ({@code description}, read out by screen
 * readers), the heading of its categories and of its values, and one series of values per kind of
 * figure (residents and professionals, median and p90, ...). The same data is shown as a table
 * beside the chart, so nothing is only visible as a picture.
 *
 * @param id          unique on the page: the SVG element's id and the prefix of its title and description ids
 * @param categories  one label per bar group, in the order the bars are drawn (top to bottom)
 * @param series      every series has one value per category
 */
public record ChartData(String id, String title, String description, String categoryHeading, String valueHeading,
        List<String> categories, List<Series> series) {

    public ChartData {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a chart id is a plain name: " + id);
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** A chart with one series. */
    public static ChartData single(String id, String title, String description, String categoryHeading,
            String valueHeading, List<String> categories, List<Value> values) {
        return new ChartData(id, title, description, categoryHeading, valueHeading, categories,
                List.of(new Series(valueHeading, values)));
    }

    /** No category has a value that can be drawn: the page shows the table (and says why) instead of an empty chart. */
    public boolean isEmpty() {
        return series.stream().flatMap(one -> one.values().stream()).noneMatch(Value::drawn);
    }

    /** One kind of figure, one value per category. */
    public record Series(String name, List<Value> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /**
     * One figure: the number the bar is drawn from and the text that stands for it in the table and
     * beside the bar. A figure that must not be drawn (a small count shown as "&lt; 5", or nothing
     * measured yet) has no number, and then no bar.
     */
    public record Value(Double number, String text) {

        public Value {
            Objects.requireNonNull(text, "text");
        }

        public static Value of(double number, String text) {
            return new Value(number, text);
        }

        /** A figure shown as text only, never as a bar. */
        public static Value textOnly(String text) {
            return new Value(null, text);
        }

        public boolean drawn() {
            return number != null;
        }
    }
}
