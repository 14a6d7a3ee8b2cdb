package nl.participationsuite.web.reports;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.Reports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * What the report pages and downloads share: the reader's scope (the organisations they report on),
 * the filter from the request's parameters, and the reader's texts.
 */
@Component
class ReportViews {

    private final Reports reports;

    private final CurrentManagerScope currentScope;

    private final MessageSource messages;

    private final Clock clock;

    ReportViews(Reports reports, CurrentManagerScope currentScope, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.currentScope = currentScope;
        this.messages = messages;
        this.clock = clock;
    }

    Reports reports() {
        return reports;
    }

    Clock clock() {
        return clock;
    }

    /** The organisations the reader reports on (none for an account linked to no person: nothing to see). */
    ManagerScope scope() {
        return currentScope.get();
    }

    ReportTexts texts(Locale locale) {
        return new ReportTexts(messages, locale, clock.getZone());
    }

    /** The filter's parameters of a request (other parameters, such as the page, left out). */
    static Map<String, List<String>> filterParameters(MultiValueMap<String, String> request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : PortfolioFilter.PARAMETERS) {
            if (request.containsKey(name)) {
                parameters.put(name, request.get(name));
            }
        }
        return parameters;
    }

    /** @throws nl.participationsuite.reporting.InvalidFilterException naming the parameter at fault */
    static PortfolioFilter filter(MultiValueMap<String, String> request, ManagerScope scope) {
        return PortfolioFilter.parse(filterParameters(request), scope);
    }
}
