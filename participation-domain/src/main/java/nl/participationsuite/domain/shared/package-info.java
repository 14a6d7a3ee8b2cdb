/** What every feature shares: attributable changes (who, when), optimistic locking, rule violations and "not found". */
package nl.participationsuite.domain.shared;
