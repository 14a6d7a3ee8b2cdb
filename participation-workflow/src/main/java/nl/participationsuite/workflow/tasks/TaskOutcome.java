package nl.participationsuite.workflow.tasks;

/**
 * What a person decided in a task: one record per form key (the form key names the record). No
 * untyped map travels from a form or JSON body into the engine; each outcome's
 * {@link OutcomeHandler} turns it into a domain change and the few routing variables the process needs.
 */
public interface TaskOutcome {
}
