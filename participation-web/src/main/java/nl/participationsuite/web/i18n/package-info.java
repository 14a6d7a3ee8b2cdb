/** Language: Dutch first, English on request ({@code ?lang=en}) or by the browser's preference. */
package nl.participationsuite.web.i18n;
