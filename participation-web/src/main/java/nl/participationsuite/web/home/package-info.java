/** The start page: who you are, your roles and the areas they open. */
package nl.participationsuite.web.home;
