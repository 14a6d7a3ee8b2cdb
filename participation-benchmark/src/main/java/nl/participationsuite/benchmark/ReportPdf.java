package nl.participationsuite.benchmark;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.reporting.exports.PdfDocuments;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.portfolio.TrajectoryRow;
import nl.participationsuite.reporting.scorecard.ConditionTally;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.Verdict;

/**
 * The portfolio PDF for the benchmark: the tables of the product's document (the web module's
 * {@code reports/pdf/portfolio} template: title page, scorecard, key figures, lead times, the trajectories)
 * as plain XHTML, without the charts, rendered by the product's {@link PdfDocuments}. The benchmark has no
 * web module (no Thymeleaf, no message texts), so the cells hold codes where the document has words.
 */
final class ReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    private ReportPdf() {
    }

    static byte[] render(Portfolio portfolio, LeadTimes leadTimes) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><meta charset="utf-8" /><title>Portefeuille</title>
                <meta name="description" content="Portefeuille (benchmark)" />
                <style>
                  @page { size: A4; margin: 2cm; @bottom-center { content: counter(page) " / " counter(pages);
                          font-family: 'DejaVu Sans'; font-size: 8pt; } }
                  * { font-family: 'DejaVu Sans'; }
                  body { font-size: 9.5pt; }
                  table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 3pt 4pt;
                  border-bottom: 0.5pt solid #8a99a3; } tr { page-break-inside: avoid; }
                  .title-page { page-break-after: always; }
                </style></head><body>
                """);
        html.append("<div class=\"title-page\"><h1>Portefeuille</h1><p>").append(portfolio.trajectories())
                .append(" trajecten, ").append(portfolio.open()).append(" open, ").append(portfolio.closed())
                .append(" afgesloten</p></div>");
        html.append("<h2>Scorekaart</h2><table><thead><tr><th>Voorwaarde</th>");
        for (Verdict verdict : Verdict.values()) {
            html.append("<th>").append(verdict).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ConditionTally tally : portfolio.scorecard().conditions()) {
            html.append("<tr><td>").append(tally.condition()).append("</td>");
            for (Verdict verdict : Verdict.values()) {
                html.append("<td>").append(tally.count(verdict)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><h2>Kengetallen</h2><table><tbody>");
        for (ConditionTally tally : portfolio.scorecard().conditions()) {
            for (Measure measure : tally.measures()) {
                html.append("<tr><td>").append(measure.name()).append("</td><td>")
                        .append(measure.value() == null ? "" : measure.value().toPlainString()).append("</td></tr>");
            }
        }
        html.append("</tbody></table><h2>Doorlooptijden</h2><table><tbody>");
        for (PhaseStatistics phase : leadTimes.phases()) {
            html.append("<tr><td>").append(phase.phase()).append("</td><td>").append(phase.medianDays()).append("</td><td>")
                    .append(phase.p90Days()).append("</td></tr>");
        }
        html.append("</tbody></table><h2>Trajecten</h2><table><thead><tr><th>Kenmerk</th><th>Titel</th><th>Organisatie</th>")
                .append("<th>Fase</th><th>Gestart</th>");
        for (Condition condition : Condition.values()) {
            html.append("<th>").append(condition.ordinal() + 1).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (TrajectoryRow row : portfolio.page().getContent()) {
            html.append("<tr><td>").append(escape(row.reference())).append("</td><td>").append(escape(row.title()))
                    .append("</td><td>").append(escape(row.organisation())).append("</td><td>").append(row.phase())
                    .append("</td><td>").append(DAY.format(row.startedAt())).append("</td>");
            for (Condition condition : Condition.values()) {
                Verdict verdict = row.verdicts().get(condition);
                html.append("<td>").append(verdict == null ? "" : verdict.name().substring(0, 3)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        return PdfDocuments.render(html.toString(), "http://localhost/");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
