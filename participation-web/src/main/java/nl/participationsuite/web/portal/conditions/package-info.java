/** The outcome of the conditions checks a resident took part in. */
package nl.participationsuite.web.portal.conditions;
