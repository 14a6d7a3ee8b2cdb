package nl.participationsuite.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The answers the slice tests cannot reach through the workspace's own actions. */
class WorkspaceExceptionHandlerTests {

    private final WorkspaceExceptionHandler handler = new WorkspaceExceptionHandler();

    @Test
    void answersActingOnADoneTaskWithTheErrorPageSayingWhatHappened() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "done"),
                request("POST", "/werkruimte/taken/t-1/reactie"));

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getModel()).containsEntry("status", 409)
                .containsEntry("messageKey", "task.conflict.completed-by-you");
    }

    @Test
    void opensATaskTheReaderCompletedAsAPageSayingSoWithTheWayBackToTheInbox() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "done"),
                request("GET", "/werkruimte/taken/t-1/reactie"));

        assertThat(page.getViewName()).isEqualTo("workspace/task-done");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getModel()).containsEntry("byYou", true).containsEntry("backUrl", "/werkruimte")
                .containsEntry("portal", false);
    }

    @Test
    void opensAPortalTaskSomeoneElseCompletedWithTheWayBackToThePortal() {
        ModelAndView page = handler.conflict(
                new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE, "done"),
                request("GET", "/portaal/taken/t-1/stem"));

        assertThat(page.getViewName()).isEqualTo("workspace/task-done");
        assertThat(page.getModel()).containsEntry("byYou", false).containsEntry("backUrl", "/portaal")
                .containsEntry("portal", true);
    }

    @Test
    void opensATaskAColleagueHoldsWithTheErrorPage() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE,
                "Sanne Visser", "taken", null), request("GET", "/werkruimte/taken/t-1/reactie"));

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void namesTheColleagueWhoIsWorkingOnTheTask() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE,
                "Sanne Visser", "taken", null), request("POST", "/werkruimte/taken/t-1/oppakken"));

        assertThat(page.getModel()).containsEntry("messageKey", "task.conflict.claimed-by-colleague")
                .containsEntry("messageArgument", "Sanne Visser");
    }

    private static MockHttpServletRequest request(String method, String uri) {
        return new MockHttpServletRequest(method, uri);
    }

    @Test
    void answersAnyOtherRefusalWithTheForbiddenErrorPage() {
        ModelAndView page = handler.notAllowed(new NotAllowedException("trajectory.not-your-coordination", "no"),
                new MockHttpServletRequest());

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getModel()).containsEntry("status", 403).containsEntry("messageKey", "error.page.403");
    }

    @Test
    void showsTheNotLinkedPageWithoutUserNameWhenItIsUnknown() {
        ModelAndView page = handler.notAllowed(new NotAllowedException("account.not-linked", "no"),
                new MockHttpServletRequest());

        assertThat(page.getViewName()).isEqualTo("workspace/not-linked");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getModel()).doesNotContainKey("userName");
    }
}
