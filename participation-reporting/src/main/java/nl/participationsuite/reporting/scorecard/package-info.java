/** The handbook scorecard: the ten conditions, each with a verdict, its measures and where the evidence is. */
package nl.participationsuite.reporting.scorecard;
