/** Resident input on a trajectory: received through a channel, considered, and always answered with feedback before a due date, escalated when late. */
package nl.participationsuite.domain.input;
