/**
 * Notifications on the web side: the sender that mails the outbox (Thymeleaf text and HTML per kind, in
 * the recipient's language, each with a link to the page it is about), and the notifications lists of
 * the portal and the workspace with the unread count in the header.
 */
package nl.participationsuite.web.notifications;
