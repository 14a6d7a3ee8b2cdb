/** Where inputs are shown the same way on pages and in the API: one input with its timeline. */
package nl.participationsuite.web.input;
