package nl.participationsuite.web.notifications;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
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
 * absolute link that opens it (and so the page it is about) and a line on where to change these messages. A
 * resident without a portal account, who could not open such a link, reads instead how to get one (an
 * activation letter from their contact person); the mail itself still says what the message is (an input's
 * answer, a meeting's time, place and any reason it was cancelled). The files of the features the messages are
 * about (a meeting's {@code .ics}) travel along, in single mails and in summaries.
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
        Context context = context(view, locale);
        context.setVariable("title", texts.title(view, locale));
        context.setVariable("body", texts.body(view, locale));
        context.setVariable("result", texts.result(view, locale));
        context.setVariable("answer", view.answer());
        context.setVariable("tasks", tasks(view, locale));
        context.setVariable("link", settings.link(view.openPath()));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = compose(message, view, texts.title(view, locale), context, TEXT_TEMPLATE, HTML_TEMPLATE);
        attach(helper, List.of(view), locale);
        return message;
    }

    /**
     * The files the features give for these notifications, once per thing they are about (a summary that tells of a
     * meeting planned and then changed carries its file once, as it is now).
     */
    private void attach(MimeMessageHelper helper, List<NotificationView> views, Locale locale) throws MessagingException {
        String from = senderAddress();
        Set<List<Object>> attached = new HashSet<>();
        List<NotificationAttachments> features = attachments.orderedStream().toList();
        for (NotificationView view : views) {
            for (NotificationAttachments feature : features) {
                if (view.subjectId() != null && attached.contains(List.of(feature, view.subjectId()))) {
                    continue;
                }
                Optional<NotificationAttachments.Attachment> file = feature.attachmentFor(view, locale, from);
                if (file.isPresent()) {
                    if (view.subjectId() != null) {
                        attached.add(List.of(feature, view.subjectId()));
                    }
                    helper.addAttachment(file.get().fileName(), new ByteArrayResource(file.get().content()),
                            file.get().contentType());
                }
            }
        }
    }

    /** The bare address of the configured sender ({@code Participatie <noreply@gemeente.nl>} gives the address). */
    private String senderAddress() throws MessagingException {
        return new InternetAddress(settings.mail().from()).getAddress();
    }

    /**
     * One person's summary: their notifications due together ({@code views}, all to one recipient), each with
     * its title, its line, any bundled tasks and the link that opens it.
     */
    MimeMessage digest(JavaMailSender sender, List<NotificationView> views) throws MessagingException {
        NotificationView first = views.get(0);
        Locale locale = NotificationTexts.locale(first);
        String subject = texts.message("notification.digest.subject", locale, views.size());
        Context context = context(first, locale);
        context.setVariable("title", subject);
        context.setVariable("items", views.stream().map(view -> new DigestItem(texts.title(view, locale),
                texts.body(view, locale), settings.link(view.openPath()), tasks(view, locale), texts.result(view, locale),
                view.answer())).toList());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = compose(message, first, subject, context, DIGEST_TEXT_TEMPLATE, DIGEST_HTML_TEMPLATE);
        attach(helper, views, locale);
        return message;
    }

    /** What every mail says at its end: where to change these messages, in the recipient's language. */
    private Context context(NotificationView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("settingsLink", settings.link(view.preferencesPath()));
        context.setVariable("language", locale.getLanguage());
        context.setVariable("canOpenLinks", view.canOpenLinks());
        return context;
    }

    /** The notification's tasks with absolute links. */
    private List<NotificationTexts.TaskLine> tasks(NotificationView view, Locale locale) {
        return texts.tasks(view, locale).stream()
                .map(task -> new NotificationTexts.TaskLine(task.text(), settings.link(task.path()))).toList();
    }

    /** From the product, to the recipient, with the subject and the text and HTML versions of the templates. */
    private MimeMessageHelper compose(MimeMessage message, NotificationView to, String subject, Context context,
            String textTemplate, String htmlTemplate) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.mail().from());
        helper.setTo(to.email());
        helper.setSubject(subject);
        helper.setText(templates.process(textTemplate, context), templates.process(htmlTemplate, context));
        return helper;
    }

    /** One notification in a summary, with what came of it and an input's answer (null when none). */
    record DigestItem(String title, String body, String link, List<NotificationTexts.TaskLine> tasks, String result,
            String answer) {
    }
}
