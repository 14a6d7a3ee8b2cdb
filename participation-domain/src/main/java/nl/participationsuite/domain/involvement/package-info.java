/** Early involvement: the existing networks of a trajectory, how each resident was recruited, and the coordinator's reminders while too few are involved. */
package nl.participationsuite.domain.involvement;
