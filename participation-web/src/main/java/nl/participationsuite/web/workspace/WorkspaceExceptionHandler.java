package nl.participationsuite.web.workspace;

import nl.participationsuite.web.forms.Notice;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The workspace's, the portal's and the notifications lists' errors as pages: the shared error page with
 * 404 (which also stands for "not yours"), 403 or 409, and for an account not linked to a person yet a
 * page that says whom to ask.
 */
@ControllerAdvice(basePackages = { "nl.participationsuite.web.workspace", "nl.participationsuite.web.portal",
        "nl.participationsuite.web.notifications" })
public class WorkspaceExceptionHandler {

    /** The shared error page, the one {@code ErrorResponseController} renders. */
    static final String ERROR_VIEW = "error";

    static final String NOT_LINKED_VIEW = "workspace/not-linked";

    /** The page for a task that was done before it was opened. */
    static final String TASK_DONE_VIEW = "workspace/task-done";

    private static final String PORTAL_PATH = "/portaal";

    static final String ACCOUNT_NOT_LINKED = "account.not-linked";

    /** The bundles' prefix of what happened to a task someone acted on ({@link Notice#conflict}). */
    public static final String TASK_CONFLICT = "task.conflict";

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotAllowedException.class)
    ModelAndView notAllowed(NotAllowedException ex, HttpServletRequest request) {
        if (!ACCOUNT_NOT_LINKED.equals(ex.code())) {
            return errorPage(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> model = new HashMap<>();
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null) {
            model.put("userName", user.getPreferredUsername());
        }
        return new ModelAndView(NOT_LINKED_VIEW, model, HttpStatus.FORBIDDEN);
    }

    /**
     * A task that is done or taken. Opening a task that is done is no error: the person followed an
     * old link or went back in the browser, so the page says who finished it, with the way back, as an
     * ordinary page. Acting on it (or opening one a colleague holds) gets the error page saying what
     * happened ({@code task.conflict.<reason>}), as the notices do.
     */
    @ExceptionHandler(TaskConflictException.class)
    ModelAndView conflict(TaskConflictException ex, HttpServletRequest request) {
        boolean done = ex.reason() == TaskConflictException.Reason.COMPLETED_BY_YOU
                || ex.reason() == TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE;
        if (done && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            boolean portal = request.getRequestURI().startsWith(request.getContextPath() + PORTAL_PATH);
            Map<String, Object> model = new HashMap<>();
            model.put("byYou", ex.reason() == TaskConflictException.Reason.COMPLETED_BY_YOU);
            model.put("backUrl", portal ? PORTAL_PATH : WorkspaceController.PATH);
            model.put("portal", portal);
            return new ModelAndView(TASK_DONE_VIEW, model, HttpStatus.OK);
        }
        Notice notice = Notice.conflict(TASK_CONFLICT, ex);
        Map<String, Object> model = new HashMap<>();
        model.put("status", HttpStatus.CONFLICT.value());
        model.put("messageKey", notice.messageKey());
        model.put("messageArgument", notice.argument());
        return new ModelAndView(ERROR_VIEW, model, HttpStatus.CONFLICT);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        return new ModelAndView(ERROR_VIEW, Map.of("status", status.value(), "messageKey", "error.page." + status.value()),
                status);
    }
}
