/** Decision rounds in the REST API: the trajectory's rounds, one round, opening one. */
package nl.participationsuite.web.api.seats;
