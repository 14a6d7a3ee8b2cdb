package nl.participationsuite.web.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import java.util.UUID;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.exports.CsvExport;
import nl.participationsuite.reporting.exports.PdfDocuments;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The downloads of the report pages: every table as CSV (the same table the page shows, with the same
 * filter), and the portfolio and trajectory reports as a PDF document for the council. Outside the
 * manager's scope, or a table the view does not have: not found. A filter that cannot be used: 400.
 */
@Controller
class ReportExportController {

    /** A CSV or PDF of the portfolio lists at most this many trajectories. */
    static final int EXPORT_ROWS = 1000;

    private final ReportViews views;

    private final ReportDocuments documents;

    ReportExportController(ReportViews views, ReportDocuments documents) {
        this.views = views;
        this.documents = documents;
    }

    @GetMapping(ReportPaths.PORTFOLIO_CSV)
    ResponseEntity<byte[]> portfolioCsv(@PathVariable String view, @PathVariable String table,
            @RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        ManagerScope scope = views.scope();
        PortfolioFilter filter = filter(parameters, scope);
        ReportTexts texts = views.texts(locale);
        ReportTables tables = new ReportTables(texts);
        List<ReportTable> candidates = switch (view) {
            case ReportPaths.VIEW_PORTFOLIO -> tables.portfolio(
                    views.reports().portfolio(scope, filter, PageRequest.of(0, EXPORT_ROWS)), count -> null);
            case ReportPaths.VIEW_LEAD_TIMES -> List.of(tables.leadTimes(views.reports().leadTimes(scope, filter)));
            case ReportPaths.VIEW_LEARNING -> List.of(tables.learning(views.reports().learningEvaluation(scope, filter)));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return csv(pick(candidates, table), view + "-" + table);
    }

    @GetMapping(ReportPaths.TRAJECTORY_CSV)
    ResponseEntity<byte[]> trajectoryCsv(@PathVariable UUID id, @PathVariable String table, Locale locale) {
        TrajectoryReport report = trajectoryReport(id);
        List<ReportTable> candidates = new ReportTables(views.texts(locale)).trajectory(report, false);
        return csv(pick(candidates, table), report.heading().reference() + "-" + table);
    }

    @GetMapping(ReportPaths.PORTFOLIO_PDF)
    ResponseEntity<byte[]> portfolioPdf(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        ManagerScope scope = views.scope();
        PortfolioFilter filter = filter(parameters, scope);
        Portfolio portfolio = views.reports().portfolio(scope, filter, PageRequest.of(0, EXPORT_ROWS));
        String html = documents.portfolio(scope, portfolio, views.reports().leadTimes(scope, filter), locale);
        return pdf(PdfDocuments.render(html, baseUri()), "rapportage-portefeuille");
    }

    @GetMapping(ReportPaths.TRAJECTORY_PDF)
    ResponseEntity<byte[]> trajectoryPdf(@PathVariable UUID id, Locale locale) {
        TrajectoryReport report = trajectoryReport(id);
        String html = documents.trajectory(report, locale);
        return pdf(PdfDocuments.render(html, baseUri()), "rapportage-" + report.heading().reference());
    }

    private TrajectoryReport trajectoryReport(UUID id) {
        return views.reports().trajectoryReport(views.scope(), new TrajectoryId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static PortfolioFilter filter(MultiValueMap<String, String> parameters, ManagerScope scope) {
        try {
            return ReportViews.filter(parameters, scope);
        }
        catch (nl.participationsuite.reporting.InvalidFilterException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
    }

    private static ReportTable pick(List<ReportTable> tables, String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> csv(ReportTable table, String name) {
        return download(CsvExport.write(table.csv()), MediaType.parseMediaType(CsvExport.MEDIA_TYPE), name + ".csv");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return download(pdf, MediaType.APPLICATION_PDF, name + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(safeName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static String baseUri() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
    }

}
