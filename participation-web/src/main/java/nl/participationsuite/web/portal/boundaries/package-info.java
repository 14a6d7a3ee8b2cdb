/**
 * The resident's own motivation and boundaries in the portal: what gives them energy, how much
 * time they give, how and when they take part, what they need to take part, and stepping back from
 * a trajectory altogether.
 */
package nl.participationsuite.web.portal.boundaries;
