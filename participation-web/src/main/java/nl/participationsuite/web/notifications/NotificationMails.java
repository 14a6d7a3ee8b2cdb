package nl.participationsuite.web.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notification as a mail: a subject line, a plain-text and an HTML version (Thymeleaf templates
 * {@code mail/notification.txt} and {@code mail/notification.html}) in the recipient's language, with the
 * absolute link that opens it (and so the page it is about) and a line on where to change these messages.
 */
@Component
class NotificationMails {

    static final String TEXT_TEMPLATE = "mail/notification.txt";

    static final String HTML_TEMPLATE = "mail/notification";

    static final String DIGEST_TEXT_TEMPLATE = "mail/digest.txt";

    static final String DIGEST_HTML_TEMPLATE = "mail/digest";

    private final ITemplateEngine templates;

    private final NotificationTexts texts;

    private final NotificationSettings settings;

    private final ObjectProvider<NotificationAttachments> attachments;

    NotificationMails(ITemplateEngine templates, NotificationTexts texts, NotificationSettings settings,
            ObjectProvider<NotificationAttachments> attachments) {
        this.templates = templates;
        this.texts = texts;
        this.settings = settings;
        this.attachments = attachments;
    }

    /** The mail for this notification, to its recipient's address. */
    MimeMessage mail(JavaMailSender sender, NotificationView view) throws MessagingException {
        Locale locale = NotificationTexts.locale(view);
        Context context = new Context(locale);
        context.setVariable("title", texts.title(view, locale));
        context.setVariable("body", texts.body(view, locale));
        context.setVariable("result", texts.result(view, locale));
        context.setVariable("answer", view.answer());
        context.setVariable("tasks", texts.tasks(view, locale).stream()
                .map(task -> new NotificationTexts.TaskLine(task.text(), settings.link(task.path()))).toList());
        context.setVariable("link", settings.link(view.openPath()));
        context.setVariable("settingsLink", settings.link(view.preferencesPath()));
        context.setVariable("language", locale.getLanguage());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.mail().from());
        helper.setTo(view.email());
        helper.setSubject(texts.title(view, locale));
        helper.setText(templates.process(TEXT_TEMPLATE, context), templates.process(HTML_TEMPLATE, context));
        for (NotificationAttachments feature : attachments.orderedStream().toList()) {
            Optional<NotificationAttachments.Attachment> file = feature.attachmentFor(view, locale);
            if (file.isPresent()) {
                helper.addAttachment(file.get().fileName(), new ByteArrayResource(file.get().content()),
                        file.get().contentType());
            }
        }
        return message;
    }

    /**
     * One person's summary: their notifications due together ({@code views}, all to one recipient), each with
     * its title, its line, any bundled tasks and the link that opens it.
     */
    MimeMessage digest(JavaMailSender sender, List<NotificationView> views) throws MessagingException {
        NotificationView first = views.get(0);
        Locale locale = NotificationTexts.locale(first);
        List<DigestItem> items = views.stream().map(view -> new DigestItem(texts.title(view, locale),
                texts.body(view, locale), settings.link(view.openPath()), texts.tasks(view, locale).stream()
                        .map(task -> new NotificationTexts.TaskLine(task.text(), settings.link(task.path()))).toList()))
                .toList();
        Context context = new Context(locale);
        String subject = texts.message("notification.digest.subject", locale, views.size());
        context.setVariable("title", subject);
        context.setVariable("items", items);
        context.setVariable("settingsLink", settings.link(first.preferencesPath()));
        context.setVariable("language", locale.getLanguage());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.mail().from());
        helper.setTo(first.email());
        helper.setSubject(subject);
        helper.setText(templates.process(DIGEST_TEXT_TEMPLATE, context), templates.process(DIGEST_HTML_TEMPLATE, context));
        return message;
    }

    /** One notification in a summary. */
    record DigestItem(String title, String body, String link, List<NotificationTexts.TaskLine> tasks) {
    }
}
