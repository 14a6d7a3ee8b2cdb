/** Meetings of a trajectory at resident-friendly places and times, and who attended them. */
package nl.participationsuite.domain.meetings;
