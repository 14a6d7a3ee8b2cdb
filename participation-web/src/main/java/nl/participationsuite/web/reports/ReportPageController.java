package nl.participationsuite.web.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.InvalidFilterException;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import nl.participationsuite.web.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The manager's report pages (role {@code manager}, read only): the portfolio with its filters in the
 * URL, one trajectory's report, the lead times and the learning evaluation. A trajectory outside the
 * manager's organisations is not found, never a hint that it exists. A filter value that cannot be
 * used shows the form with the problem next to the field (400), and no figures.
 */
@Controller
class ReportPageController {

    static final String PORTFOLIO_VIEW = "reports/portfolio";

    static final String TRAJECTORY_VIEW = "reports/trajectory";

    static final String LEAD_TIMES_VIEW = "reports/lead-times";

    static final String LEARNING_VIEW = "reports/learning";

    static final int PAGE_SIZE = 20;

    private final ReportViews views;

    ReportPageController(ReportViews views) {
        this.views = views;
    }

    @GetMapping(ReportPaths.BASE)
    String portfolio(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = ReportPaths.PAGE_PARAM, defaultValue = "1") int page, Locale locale, Model model,
            HttpServletResponse response) {
        ManagerScope scope = views.scope();
        PortfolioFilter filter = filterOrProblem(parameters, scope, model, response);
        if (filter == null) {
            return PORTFOLIO_VIEW;
        }
        Portfolio portfolio = views.reports().portfolio(scope, filter, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
        ReportTexts texts = views.texts(locale);
        Map<String, List<String>> filterParameters = filter.toParameters();
        Map<String, ReportTable> tables = ReportTables.byId(
                new ReportTables(texts).portfolio(portfolio, count -> drillDown(filter, count.key())),
                table -> ReportPaths.portfolioCsv(ReportPaths.VIEW_PORTFOLIO, table.id(), filterParameters));
        ReportCharts charts = new ReportCharts(texts);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("tables", tables);
        model.addAttribute("funnel", ChartView.of(charts.funnel(portfolio), tables.get(ReportTables.PHASES), locale));
        List<Measure> measures = portfolio.scorecard().conditions().stream()
                .flatMap(tally -> tally.measures().stream()).toList();
        model.addAttribute("answerTimes", charts.answerTimes(measures).map(chart -> ChartView.of(chart, locale)).orElse(null));
        model.addAttribute("pdfHref", ReportPaths.withFilter(ReportPaths.PORTFOLIO_PDF, filterParameters));
        model.addAttribute("previousHref", portfolio.page().hasPrevious()
                ? pageHref(filterParameters, portfolio.page().getNumber()) : null);
        model.addAttribute("nextHref", portfolio.page().hasNext()
                ? pageHref(filterParameters, portfolio.page().getNumber() + 2) : null);
        return PORTFOLIO_VIEW;
    }

    private static String pageHref(Map<String, List<String>> filter, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filter);
        parameters.put(ReportPaths.PAGE_PARAM, List.of(Integer.toString(page)));
        return ReportPaths.withFilter(ReportPaths.BASE, parameters);
    }

    @GetMapping(ReportPaths.TRAJECTORY)
    String trajectory(@PathVariable UUID id, Locale locale, Model model, Authentication authentication) {
        TrajectoryReport report = views.reports().trajectoryReport(views.scope(), new TrajectoryId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportTexts texts = views.texts(locale);
        boolean workspace = Role.of(authentication.getAuthorities()).stream()
                .anyMatch(role -> role == Role.PROFESSIONAL || role == Role.COORDINATOR);
        Map<String, ReportTable> tables = ReportTables.byId(new ReportTables(texts).trajectory(report, workspace),
                table -> ReportPaths.trajectoryCsv(id, table.id()));
        ReportCharts charts = new ReportCharts(texts);
        List<Measure> measures = report.scorecard().conditions().stream()
                .flatMap(result -> result.measures().stream()).toList();
        model.addAttribute("report", report);
        model.addAttribute("tables", tables);
        model.addAttribute("phaseDays", ChartView.of(charts.phaseDays(report), locale));
        model.addAttribute("answerTimes", charts.answerTimes(measures).map(chart -> ChartView.of(chart, locale)).orElse(null));
        model.addAttribute("conditionsGap", charts.conditionsGap(report).map(chart -> ChartView.of(chart, locale)).orElse(null));
        model.addAttribute("pdfHref", ReportPaths.trajectory(id) + "/rapportage.pdf");
        return TRAJECTORY_VIEW;
    }

    @GetMapping(ReportPaths.LEAD_TIMES)
    String leadTimes(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
            HttpServletResponse response) {
        ManagerScope scope = views.scope();
        PortfolioFilter filter = filterOrProblem(parameters, scope, model, response);
        if (filter == null) {
            return LEAD_TIMES_VIEW;
        }
        ReportTexts texts = views.texts(locale);
        LeadTimes leadTimes = views.reports().leadTimes(scope, filter);
        ReportTable table = new ReportTables(texts).leadTimes(leadTimes);
        table = table.withCsvHref(ReportPaths.portfolioCsv(ReportPaths.VIEW_LEAD_TIMES, table.id(), filter.toParameters()));
        model.addAttribute("leadTimes", ChartView.of(new ReportCharts(texts).leadTimes(leadTimes), table, locale));
        return LEAD_TIMES_VIEW;
    }

    @GetMapping(ReportPaths.LEARNING)
    String learning(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
            HttpServletResponse response) {
        ManagerScope scope = views.scope();
        PortfolioFilter filter = filterOrProblem(parameters, scope, model, response);
        if (filter == null) {
            return LEARNING_VIEW;
        }
        ReportTexts texts = views.texts(locale);
        LearningEvaluation evaluation = views.reports().learningEvaluation(scope, filter);
        ReportTable table = new ReportTables(texts).learning(evaluation);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("minimumGroup", LearningEvaluation.MINIMUM_GROUP);
        model.addAttribute("reachedPhase", texts.phase(evaluation.reachedPhase()));
        model.addAttribute("table", table.withCsvHref(
                ReportPaths.portfolioCsv(ReportPaths.VIEW_LEARNING, table.id(), filter.toParameters())));
        List<String> cautions = new ArrayList<>();
        evaluation.conditions().stream().filter(comparison -> !comparison.conclusive())
                .forEach(comparison -> cautions.add(texts.condition(comparison.condition())));
        model.addAttribute("cautions", cautions);
        return LEARNING_VIEW;
    }

    /**
     * The filter, with what the form needs to show it; or null after putting the problem in the model
     * and setting the answer to 400.
     */
    private static PortfolioFilter filterOrProblem(MultiValueMap<String, String> parameters, ManagerScope scope,
            Model model, HttpServletResponse response) {
        model.addAttribute("scope", scope);
        model.addAttribute("selected", parameters);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("kinds", TrajectoryKind.values());
        model.addAttribute("levels", ParticipationLevel.values());
        model.addAttribute("statuses", PortfolioFilter.Status.values());
        try {
            PortfolioFilter filter = ReportViews.filter(parameters, scope);
            model.addAttribute("filterQuery", ReportPaths.withFilter("", filter.toParameters()));
            return filter;
        }
        catch (InvalidFilterException ex) {
            model.addAttribute("filterError", ex);
            model.addAttribute("filterQuery", "");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return null;
        }
    }

    /** The counts by organisation lead to the same view for that organisation alone. */
    static String drillDown(PortfolioFilter filter, String organisationId) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filter.toParameters());
        parameters.put(PortfolioFilter.ORGANISATION, List.of(organisationId));
        return ReportPaths.withFilter(ReportPaths.BASE, parameters);
    }
}
