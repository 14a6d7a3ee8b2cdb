/** How the process engine is wired into the application: start-up order and engine-wide policies. */
package nl.participationsuite.workflow.engine;
