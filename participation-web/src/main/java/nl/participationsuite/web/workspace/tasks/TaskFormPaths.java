package nl.participationsuite.web.workspace.tasks;

import java.util.Map;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.web.workspace.WorkspaceController;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * Where each kind of task is done: {@code /werkruimte/taken/{taskId}/{form}}, one Dutch form name
 * per form key. A task's own address ({@code /werkruimte/taken/{taskId}}) leads to its form, so that
 * links never need to know the kind; {@code TaskFormPathsTests} keeps this list in step with the process.
 */
public final class TaskFormPaths {

    public static final String TASKS = WorkspaceController.PATH + "/taken";

    /** The form key of each task of the process and the Dutch name of its form in the address. */
    static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry(FormKeys.RECRUITMENT, "werving"),
            Map.entry(FormKeys.MOTIVATION, "motivatie"),
            Map.entry(FormKeys.VISION_DRAFT, "visie-opstellen"),
            Map.entry(FormKeys.VISION_REVIEW, "visie-beoordelen"),
            Map.entry(FormKeys.VISION_REVISION, "visie-herzien"),
            Map.entry(FormKeys.ROLE_PROPOSAL, "rollen-voorstellen"),
            Map.entry(FormKeys.ROLE_AGREEMENT_RESPONSE, "rolafspraak-beantwoorden"),
            Map.entry(FormKeys.ROLE_RENEGOTIATION, "rolafspraak-heronderhandelen"),
            Map.entry(FormKeys.SEAT_COMPOSITION, "stuurgroep-samenstellen"),
            Map.entry(FormKeys.SEAT_ACCEPTANCE, "zetel-aanvaarden"),
            Map.entry(FormKeys.SEAT_RESTORATION, "stuurgroep-herstellen"),
            Map.entry(FormKeys.VOTE, "stemmen"),
            Map.entry(FormKeys.INPUT_RESPONSE, "inbreng-beantwoorden"),
            Map.entry(FormKeys.SUCCESS_VISIBILITY, "succes-zichtbaar-maken"),
            Map.entry(FormKeys.PROGRESS_UPDATE, "voortgangsbericht"),
            Map.entry(FormKeys.CONDITIONS_CHECK, "randvoorwaarden"),
            Map.entry(FormKeys.WORKING_PHASE_CLOSE, "samenwerking-afronden"),
            Map.entry(FormKeys.SUCCESS_REPORT, "succesrapportage"),
            Map.entry(FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, "stille-deelnemer-opvolgen"));

    private TaskFormPaths() {
    }

    /** The task's own address, which leads to its form. */
    public static String of(String taskId) {
        return TASKS + "/" + taskId;
    }

    /** The address of the task's form. */
    public static String formOf(WorkflowTask task) {
        String form = FORMS.get(task.formKey());
        if (form == null) {
            throw new NotFoundException("task form", task.formKey());
        }
        return of(task.id()) + "/" + form;
    }
}
