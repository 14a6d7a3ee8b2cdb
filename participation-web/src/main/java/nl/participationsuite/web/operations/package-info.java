/**
 * What operations need of a running node: the product's and the engine's meters for Prometheus, a
 * request id and the user's subject in every log line of a request, and the node's time zone.
 */
package nl.participationsuite.web.operations;
