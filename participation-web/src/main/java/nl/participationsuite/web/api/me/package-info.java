/** Who the caller is: subject, display name and product roles, for the API and the pages. */
package nl.participationsuite.web.api.me;
