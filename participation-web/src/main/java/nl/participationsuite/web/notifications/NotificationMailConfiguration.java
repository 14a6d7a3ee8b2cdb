package nl.participationsuite.web.notifications;

import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import nl.participationsuite.domain.notification.NotificationService;

/**
 * The mail relay and the scheduled sender, only when an SMTP host is configured
 * ({@code PARTICIPATION_SMTP_HOST}); without one the outbox is still written and the lists still work,
 * and a line at start-up says that no mail is sent.
 */
@Configuration(proxyBeanMethods = false)
class NotificationMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailConfiguration.class);

    static final String HOST = "participation.notifications.mail.host";

    /** Plain-text mail templates ({@code templates/mail/*.txt}) in Thymeleaf's text mode, beside the HTML ones. */
    @Bean
    SpringResourceTemplateResolver mailTextTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix("");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setResolvablePatterns(Set.of("mail/*.txt"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }

    @Bean
    @Conditional(MailConfigured.class)
    JavaMailSender notificationMailSender(NotificationSettings settings) {
        return mailSender(settings.mail());
    }

    @Bean
    @Conditional(MailConfigured.class)
    NotificationSender notificationSender(NotificationService notifications, NotificationViews views,
            NotificationMails mails, JavaMailSender notificationMailSender, NotificationSettings settings) {
        return new NotificationSender(notifications, views, mails, notificationMailSender, settings);
    }

    @Bean
    @Conditional(MailConfigured.class)
    DigestSender digestSender(NotificationService notifications, NotificationViews views, NotificationMails mails,
            JavaMailSender notificationMailSender, NotificationSettings settings) {
        return new DigestSender(notifications, views, mails, notificationMailSender, settings);
    }

    @Bean
    @Conditional(MailConfigured.class)
    ScheduledSending scheduledNotificationSending(NotificationSender sender, DigestSender digests) {
        return new ScheduledSending(sender, digests);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsSent(ApplicationReadyEvent ready) {
        if (!ready.getApplicationContext().getBean(NotificationSettings.class).mail().enabled()) {
            log.info("No SMTP host configured (PARTICIPATION_SMTP_HOST): notifications are listed in the product, not mailed");
        }
    }

    /** A mail sender for the relay: STARTTLS required when asked for, a login when a user is given. */
    static JavaMailSenderImpl mailSender(NotificationSettings.Mail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        boolean login = mail.username() != null && !mail.username().isBlank();
        if (login) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
        }
        properties.put("mail.smtp.auth", String.valueOf(login));
        properties.put("mail.smtp.starttls.enable", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }

    /** Runs the sender and the summaries' sender at the configured interval on each node. */
    static class ScheduledSending {

        private final NotificationSender sender;

        private final DigestSender digests;

        ScheduledSending(NotificationSender sender, DigestSender digests) {
            this.sender = sender;
            this.digests = digests;
        }

        @Scheduled(fixedDelayString = "${participation.notifications.send-interval:PT30S}",
                initialDelayString = "${participation.notifications.send-interval:PT30S}")
        void send() {
            try {
                sender.sendDue();
                digests.sendDue();
            }
            catch (RuntimeException ex) {
                log.warn("Sending notifications failed; tried again at the next interval", ex);
            }
        }
    }

    /** Whether an SMTP host is set. */
    static class MailConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String host = context.getEnvironment().getProperty(HOST);
            return host != null && !host.isBlank();
        }
    }
}
