/** Start-up: failing fast, in one clear sentence, when a component the product needs is not there. */
package nl.participationsuite.web.startup;
