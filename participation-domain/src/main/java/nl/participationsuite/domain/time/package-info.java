/** The product's clock: all time comes from one {@link java.time.Clock} bean, so deadlines and timers are testable. */
package nl.participationsuite.domain.time;
