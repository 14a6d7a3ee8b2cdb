/** The answer to every error that leaves a controller: a page in the reader's language, or problem details on the API. */
package nl.participationsuite.web.error;
