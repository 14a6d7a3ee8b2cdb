/** The trajectory process's names shared between the BPMN/DMN models and Java ({@link nl.participationsuite.workflow.TrajectoryProcess}). */
package nl.participationsuite.workflow;
