/** Resident input in the REST API: the trajectory's input, one input with its timeline, recording input on a resident's behalf. */
package nl.participationsuite.web.api.input;
