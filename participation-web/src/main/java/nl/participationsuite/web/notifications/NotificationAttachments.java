package nl.participationsuite.web.notifications;

import java.util.Locale;
import java.util.Optional;

/**
 * A file a notification's mail carries, alone or in a summary, given by the feature the notification is about (a
 * planned, changed or cancelled meeting's {@code .ics}), so that the mail sender needs to know no feature's files.
 */
public interface NotificationAttachments {

    /**
     * The file for this notification, if this feature has one for it; {@code sender} is the mail's sender
     * address (an invitation's organizer).
     */
    Optional<Attachment> attachmentFor(NotificationView view, Locale locale, String sender);

    /**
     * A file attached to a mail.
     *
     * @param fileName    its name
     * @param contentType its media type
     * @param content     its bytes
     */
    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
