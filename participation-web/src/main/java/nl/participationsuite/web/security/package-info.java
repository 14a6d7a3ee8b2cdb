/** Login through Keycloak, bearer tokens for the API, realm roles, security headers and the security layer's problem details. */
package nl.participationsuite.web.security;
