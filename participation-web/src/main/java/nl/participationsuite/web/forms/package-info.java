/**
 * What the product's forms share: field ids and label keys that the templates' form fragments
 * ({@code fragments/forms.html}) and error summaries agree on.
 */
package nl.participationsuite.web.forms;
