package nl.participationsuite.web.reports;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.Reports;
import nl.participationsuite.web.security.CurrentPerson;
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

    private final CurrentPerson currentPerson;

    private final MessageSource messages;

    private final Clock clock;

    ReportViews(Reports reports, CurrentPerson currentPerson, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.currentPerson = currentPerson;
        this.messages = messages;
        this.clock = clock;
    }

    Reports reports() {
        return reports;
    }

    Clock clock() {
        return clock;
    }

    ManagerScope scope() {
        return reports.scopeOf(currentPerson.get().id());
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
