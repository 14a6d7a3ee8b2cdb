/** Motivation profiles: what gives each resident energy, their boundaries and support needs, with every earlier version kept. */
package nl.participationsuite.domain.motivation;
