/** The portal's news of a trajectory: the progress updates its coordinator sent to the residents. */
package nl.participationsuite.web.portal.news;
