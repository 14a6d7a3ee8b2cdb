/**
 * The resident's own boundaries in the portal: how much time they give, how and when they take
 * part, and stepping back from a trajectory altogether.
 */
package nl.participationsuite.web.portal.boundaries;
