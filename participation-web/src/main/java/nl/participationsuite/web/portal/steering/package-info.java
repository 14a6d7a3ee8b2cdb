/**
 * The steering group as its resident members see it in the portal: who sits in it, what is being
 * decided and was decided, and when and where it meets.
 */
package nl.participationsuite.web.portal.steering;
