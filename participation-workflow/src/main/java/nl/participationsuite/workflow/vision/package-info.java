/** The shared vision in the process: drafting, each participant's review, revising, and adopting once every reviewer endorses it. */
package nl.participationsuite.workflow.vision;
