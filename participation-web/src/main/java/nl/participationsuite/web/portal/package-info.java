/**
 * The resident portal ({@code /portaal}): residents see their own trajectories, tasks, input,
 * support and data, in plain Dutch, on a phone first, without JavaScript.
 */
package nl.participationsuite.web.portal;
