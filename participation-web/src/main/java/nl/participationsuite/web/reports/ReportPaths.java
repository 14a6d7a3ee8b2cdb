package nl.participationsuite.web.reports;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** The report area's addresses. Filters travel as query parameters, so every view can be bookmarked and shared. */
final class ReportPaths {

    static final String BASE = "/rapportages";

    static final String TRAJECTORY = BASE + "/trajecten/{id}";

    static final String LEAD_TIMES = BASE + "/doorlooptijden";

    static final String LEARNING = BASE + "/lerende-evaluatie";

    /** A table of a portfolio view as CSV: {@code /rapportages/csv/{view}/{table}}. */
    static final String PORTFOLIO_CSV = BASE + "/csv/{view}/{table}";

    static final String TRAJECTORY_CSV = TRAJECTORY + "/csv/{table}";

    static final String PORTFOLIO_PDF = BASE + "/rapportage.pdf";

    static final String TRAJECTORY_PDF = TRAJECTORY + "/rapportage.pdf";

    static final String PAGE_PARAM = "pagina";

    /** The views of a portfolio whose tables can be downloaded. */
    static final String VIEW_PORTFOLIO = "portefeuille";

    static final String VIEW_LEAD_TIMES = "doorlooptijden";

    static final String VIEW_LEARNING = "lerende-evaluatie";

    private ReportPaths() {
    }

    static String trajectory(Object id) {
        return BASE + "/trajecten/" + id;
    }

    static String withFilter(String path, Map<String, List<String>> parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> uri.queryParam(name, values.toArray()));
        return uri.encode().build().toUriString();
    }

    static String portfolioCsv(String view, String table, Map<String, List<String>> filter) {
        return withFilter(BASE + "/csv/" + view + "/" + table, filter);
    }

    static String trajectoryCsv(Object id, String table) {
        return trajectory(id) + "/csv/" + table;
    }
}
