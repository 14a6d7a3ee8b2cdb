/** Decision seats in the process: composing the steering group and its seats accepted, decision rounds with their votes, and seats restored after a step back. */
package nl.participationsuite.workflow.seats;
