/** A resident's meetings in the portal: the upcoming ones of their trajectories, their answer, a calendar file. */
package nl.participationsuite.web.portal.meetings;
