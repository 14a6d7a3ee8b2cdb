/** The shared vision of a trajectory: versions with goal, expectations and definition of success, reviewed by participants and adopted once endorsed. */
package nl.participationsuite.domain.vision;
