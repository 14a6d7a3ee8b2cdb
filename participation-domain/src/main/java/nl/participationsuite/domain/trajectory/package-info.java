/** Organisations, people (residents and professionals), trajectories and their participants. */
package nl.participationsuite.domain.trajectory;
