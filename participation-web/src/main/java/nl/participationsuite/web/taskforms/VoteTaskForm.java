package nl.participationsuite.web.taskforms;

import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * A seat holder votes on the proposal of a decision round: the proposal and its deadline (and how
 * long is left) on the page, then for, against or abstain, with an optional comment.
 */
@Component
public class VoteTaskForm extends SimpleTaskFormKind<VoteForm> {

    VoteTaskForm(VoteContext contexts) {
        super(FormKeys.VOTE, "stemmen", VoteForm.class,
                "workspace/tasks/vote", VoteForm::empty,
                (task, model) -> contexts.addTo(model, task),
                new PortalView("vote", "task.vote"));
    }
}
