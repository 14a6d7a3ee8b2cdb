package nl.participationsuite.web.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.notification.NotificationKind;

/**
 * What a notification says, in plain language, the same in a mail and in the list: a title and a line
 * per kind ({@code notification.<KIND>.title} / {@code .body}, with the trajectory's title and the
 * subject's as arguments, and for a meeting when it starts and why it was cancelled), and for an answered input
 * or a decided proposal what came of it.
 */
@Component
class NotificationTexts {

    private final MessageSource messages;

    private final Clock clock;

    NotificationTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String title(NotificationView view, Locale locale) {
        return text("notification." + view.kind() + ".title", view, locale);
    }

    String body(NotificationView view, Locale locale) {
        return text("notification." + view.kind() + ".body", view, locale);
    }

    /** What came of it: a decided proposal's outcome, an answered input's status; null for the rest. */
    String result(NotificationView view, Locale locale) {
        if (view.outcome() != null) {
            return messages.getMessage("trajectory.outcome." + view.outcome(), null, locale);
        }
        if (view.inputStatus() != null && view.kind() == NotificationKind.SUPPORT_DECIDED) {
            return messages.getMessage("trajectory.support.status." + view.inputStatus(), null, view.inputStatus(), locale);
        }
        if (view.inputStatus() != null) {
            return messages.getMessage("input.status." + view.inputStatus(), null, view.inputStatus(), locale);
        }
        return null;
    }

    /** A message of this kind, from its key. */
    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static Locale locale(NotificationView view) {
        return Locale.forLanguageTag(view.language());
    }

    /** The group tasks a bundle tells of, a line each: the step's name and its trajectory, with its page. */
    List<TaskLine> tasks(NotificationView view, Locale locale) {
        return view.tasks().stream().map(task -> new TaskLine(messages.getMessage("notification.GROUP_TASKS.task",
                new Object[] { messages.getMessage("task." + task.definitionKey(), null, task.definitionKey(), locale),
                        blankIfNull(task.trajectoryTitle()) }, locale), task.path())).toList();
    }

    /** One bundled group task as a message shows it. */
    record TaskLine(String text, String path) {
    }

    private String text(String key, NotificationView view, Locale locale) {
        // A bundle of group tasks from more than one trajectory names how many, not one of them.
        String several = view.trajectoryCount() > 1 ? ".several" : "";
        return messages.getMessage(key + several, new Object[] { blankIfNull(view.trajectoryTitle()),
                blankIfNull(view.subjectTitle()), view.tasks().size(), view.trajectoryCount(),
                view.reminderDays() == null ? 0 : view.reminderDays(), moment(view.meetingStartsAt(), locale),
                blankIfNull(view.reason()) }, locale);
    }

    /** A meeting's start as a person reads it, e.g. "donderdag 3 december 2026 om 19:30", in the product's zone. */
    String moment(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = messages.getMessage("notification.meeting.moment-pattern", null, "EEEE d MMMM yyyy, HH:mm", locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(clock.getZone()));
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
