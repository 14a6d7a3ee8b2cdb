/** Decision seats: the steering group of a trajectory, its composition rules (never a single token resident), seat holders and their decision rounds. */
package nl.participationsuite.domain.seats;
