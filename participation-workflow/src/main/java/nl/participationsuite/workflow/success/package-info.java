/** Successes in the process: registering one, making it visible to residents, and the success report that closes the trajectory or starts a new cycle. */
package nl.participationsuite.workflow.success;
