package nl.participationsuite.workflow.admin;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;

/** A process whose one job fails at every try, run until it has no tries left (the engine then raises an incident). */
final class FailingJobs {

    /** The failing step's id in the model. */
    static final String FAILING_ACTIVITY = "Activity_Fails";

    private FailingJobs() {
    }

    /** Deploys a process of the key whose job always fails, starts it and runs its job three times; answers the job. */
    static Job outOfTries(RepositoryService repositoryService, RuntimeService runtimeService,
            ManagementService managementService, String processKey, String businessKey) {
        repositoryService.createDeployment().addModelInstance(processKey + ".bpmn", Bpmn
                .createExecutableProcess(processKey).camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("Event_Tomorrow").timerWithDuration("P1D")
                .serviceTask(FAILING_ACTIVITY).camundaClass("nl.participationsuite.DoesNotExist").endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey(processKey, businessKey).getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(job.getId());
            }
            catch (RuntimeException expected) {
                // the engine counts the failure down in its own transaction
            }
        }
        return job;
    }
}
