package nl.participationsuite.web.taskforms;

import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * A participant answers the role agreement proposed to them: accept it, or ask for other terms and
 * say which. A resident does it in the portal, a professional in the workspace.
 */
@Component
public class RoleAgreementResponseTaskForm extends SimpleTaskFormKind<RoleAgreementResponseForm> {

    RoleAgreementResponseTaskForm(RoleAgreementResponseContext contexts) {
        super(FormKeys.ROLE_AGREEMENT_RESPONSE, "rolafspraak-beantwoorden", RoleAgreementResponseForm.class,
                "workspace/tasks/role-response", RoleAgreementResponseForm::empty,
                (task, model) -> contexts.addTo(model, task),
                new PortalView("role-response", "task.role-response"));
    }
}
