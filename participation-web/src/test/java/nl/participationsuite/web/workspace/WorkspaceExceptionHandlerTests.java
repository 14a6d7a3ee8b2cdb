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
    void answersAConflictWithTheErrorPageSayingWhatHappened() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "done"));

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getModel()).containsEntry("status", 409)
                .containsEntry("messageKey", "task.conflict.completed-by-you");
    }

    @Test
    void namesTheColleagueWhoIsWorkingOnTheTask() {
        ModelAndView page = handler.conflict(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE,
                "Sanne Visser", "taken", null));

        assertThat(page.getModel()).containsEntry("messageKey", "task.conflict.claimed-by-colleague")
                .containsEntry("messageArgument", "Sanne Visser");
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
