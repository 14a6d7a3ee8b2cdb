/** Successes in the REST API: the trajectory's successes, one success, registering one. */
package nl.participationsuite.web.api.success;
