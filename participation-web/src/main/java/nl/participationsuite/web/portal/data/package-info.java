/**
 * "Mijn gegevens": a resident downloads everything the product holds about them and can have their
 * name and contact details erased (AVG articles 15, 17 and 20).
 */
package nl.participationsuite.web.portal.data;
