/**
 * A resident's rights over their personal data (AVG): everything the product holds about them as one
 * export, and erasure: name and contact details replaced by a pseudonym everywhere, contributions
 * kept without a name, the portal account removed.
 */
package nl.participationsuite.domain.privacy;
