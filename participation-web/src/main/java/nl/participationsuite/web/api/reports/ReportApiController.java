package nl.participationsuite.web.api.reports;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.participationsuite.web.reports.CurrentManagerScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.reporting.InvalidFilterException;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.Reports;
import nl.participationsuite.reporting.ResidentCount;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.portfolio.TrajectoryRow;
import nl.participationsuite.reporting.scorecard.PortfolioScorecard;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code /api/v1/reports}: the manager's reports as JSON (role {@code manager}, read-only). The
 * portfolio of the trajectories of the manager's organisations, filtered and paged, with its
 * scorecard; and the report of one trajectory, which answers 404 outside the manager's organisations.
 * Bad filter values answer 400 naming the parameter. No resident names, e-mail addresses or texts;
 * resident counts of 1–4 show as suppressed in the portfolio.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Manager reports: portfolio, handbook scorecard, lead times (role manager)")
class ReportApiController {

    private final Reports reports;

    private final CurrentManagerScope scopes;

    ReportApiController(Reports reports, CurrentManagerScope scopes) {
        this.reports = reports;
        this.scopes = scopes;
    }

    @GetMapping("/portfolio")
    @ApiResponse(responseCode = "200", description = "The portfolio")
    @Operation(operationId = "getPortfolio", summary = "The portfolio of the trajectories of your organisations",
            description = "Counts by phase, kind, level, organisation and year; the handbook scorecard over all "
                    + "trajectories that pass the filter; one page of them (newest first) with their verdicts and "
                    + "days per phase. Resident counts of 1-4 are suppressed.")
    PortfolioApiView portfolio(
            @Parameter(description = "one of your organisations (repeat for more)") @RequestParam(required = false) List<String> organisation,
            @Parameter(description = "period start, ISO date; trajectories running on any day of the period")
            @RequestParam(required = false) String from,
            @Parameter(description = "period end, ISO date") @RequestParam(required = false) String to,
            @Parameter(description = "RESIDENT_INITIATIVE or ORGANISATION_PROJECT") @RequestParam(required = false) String kind,
            @Parameter(description = "CONSULTATION, COMMUNICATION or PARTICIPATION") @RequestParam(required = false) String level,
            @Parameter(description = "the current phase") @RequestParam(required = false) String phase,
            @Parameter(description = "open or closed") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size) {
        ManagerScope scope = scopes.get();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(PortfolioFilter.ORGANISATION, organisation == null ? List.of() : organisation);
        put(parameters, PortfolioFilter.FROM, from);
        put(parameters, PortfolioFilter.TO, to);
        put(parameters, PortfolioFilter.KIND, kind);
        put(parameters, PortfolioFilter.LEVEL, level);
        put(parameters, PortfolioFilter.PHASE, phase);
        put(parameters, PortfolioFilter.STATUS, status);
        PortfolioFilter filter = PortfolioFilter.parse(parameters, scope);
        return PortfolioApiView.of(reports.portfolio(scope, filter, PageRequest.of(page, size)));
    }

    @GetMapping("/trajectories/{trajectoryId}")
    @ApiResponse(responseCode = "200", description = "The report")
    @Operation(operationId = "getTrajectoryReport", summary = "The report of one trajectory of your organisations",
            description = "Its handbook scorecard with every measure, lead times and the tables behind them; 404 for "
                    + "any trajectory outside your organisations.")
    TrajectoryReport trajectory(@PathVariable UUID trajectoryId) {
        return reports.trajectoryReport(scopes.get(), new TrajectoryId(trajectoryId))
                .orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }

    /**
     * The portfolio as the API answers it: the figures, then one page of trajectories in the API's
     * paging envelope ({@code content} and {@code page}).
     */
    record PortfolioApiView(Map<String, List<String>> filter, int trajectories, int open, int closed,
            List<Count> byPhase, List<Count> byKind, List<Count> byLevel, List<Count> byOrganisation, List<Count> byYear,
            ResidentCount residentsInvolved, ResidentCount residentsSteppedBack, PortfolioScorecard scorecard,
            List<TrajectoryRow> content, PagedModel.PageMetadata page) {

        static PortfolioApiView of(Portfolio portfolio) {
            PagedModel<TrajectoryRow> paged = new PagedModel<>(portfolio.page());
            return new PortfolioApiView(portfolio.filter().toParameters(), portfolio.trajectories(), portfolio.open(),
                    portfolio.closed(), portfolio.byPhase(), portfolio.byKind(), portfolio.byLevel(),
                    portfolio.byOrganisation(), portfolio.byYear(), portfolio.residentsInvolved(),
                    portfolio.residentsSteppedBack(), portfolio.scorecard(), paged.getContent(), paged.getMetadata());
        }
    }

    /** A filter value the report cannot use: 400 with the parameter at fault in {@code errors}. */
    @RestControllerAdvice(assignableTypes = ReportApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ReportApiProblems {

        private final Problems problems;

        ReportApiProblems(Problems problems) {
            this.problems = problems;
        }

        @ExceptionHandler(InvalidFilterException.class)
        ResponseEntity<ProblemDetail> handleInvalidFilter(InvalidFilterException ex, HttpServletRequest request) {
            ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "validation", request);
            problem.setProperty("errors", List.of(problems.fieldError(ex.parameter(), ex.code(), ex.getMessage(), request)));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
