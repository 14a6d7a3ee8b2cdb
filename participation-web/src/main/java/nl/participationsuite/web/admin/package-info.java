/**
 * The admin area ({@code /beheer}, role admin): failed jobs and another try for them, the process
 * versions with the trajectories running on each and moving them to the newest version, and what
 * administrators did. It shows no residents' content.
 */
package nl.participationsuite.web.admin;
