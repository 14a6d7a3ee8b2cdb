/** Demo data for a development run: organisations, people and three trajectories, loaded only on request. */
package nl.participationsuite.web.demo;
