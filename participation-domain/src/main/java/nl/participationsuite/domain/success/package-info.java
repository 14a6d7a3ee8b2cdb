/** Successes of a trajectory (quick wins and milestones, made visible to residents) and the success report at evaluation against the definition of success. */
package nl.participationsuite.domain.success;
