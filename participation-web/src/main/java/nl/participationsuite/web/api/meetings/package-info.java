/** The meetings of a trajectory in the REST API, and a participant's answer to a meeting's invitation. */
package nl.participationsuite.web.api.meetings;
