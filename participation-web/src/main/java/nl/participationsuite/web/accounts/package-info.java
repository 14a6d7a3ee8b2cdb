/**
 * Portal accounts for residents: made in Keycloak through its Admin REST API with the product's own
 * service account, linked to the resident, and handed over once as an activation letter.
 */
package nl.participationsuite.web.accounts;
