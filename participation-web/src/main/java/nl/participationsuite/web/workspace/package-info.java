/** The professionals' workspace ({@code /werkruimte}): the task inbox, claiming and giving back group tasks. */
package nl.participationsuite.web.workspace;
