/** What every API answer shares: RFC 9457 problem details for every error, in the caller's language. */
package nl.participationsuite.web.api;
