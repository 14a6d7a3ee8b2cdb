package nl.participationsuite.web.reports;

import java.util.Map;

import nl.participationsuite.domain.shared.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The report pages' errors as pages: a manager account not linked to a person of the product yet
 * reads whom to ask (the workspace's page for it); anything else not allowed is the shared error page.
 */
@ControllerAdvice(assignableTypes = { ReportPageController.class, ReportExportController.class })
class ReportExceptionHandler {

    static final String NOT_LINKED_VIEW = "workspace/not-linked";

    @ExceptionHandler(NotAllowedException.class)
    ModelAndView notAllowed(NotAllowedException ex) {
        if ("account.not-linked".equals(ex.code())) {
            return new ModelAndView(NOT_LINKED_VIEW, Map.of(), HttpStatus.FORBIDDEN);
        }
        return new ModelAndView("error", Map.of("status", 403, "messageKey", "error.page.403"), HttpStatus.FORBIDDEN);
    }
}
