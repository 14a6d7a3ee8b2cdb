/** Support for residents in the REST API: the trajectory's requests, the coordinator's decision, payment, the investment totals. */
package nl.participationsuite.web.api.support;
