/** Start-up: the schema migration (one node at a time, or as a separate command), and failing fast, in one clear sentence, when a component the product needs is not there. */
package nl.participationsuite.web.startup;
