package nl.participationsuite.domain.notification;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * How a person wants their notifications: the language (Dutch unless they chose English), and how personal
 * tasks and other messages reach them by mail ({@link DeliveryChoice}; nothing chosen: the defaults).
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    /** The languages messages are written in; the first is the default. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "person_id"))
    private PersonId personId;

    @Column(name = "language", nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_tasks")
    private DeliveryChoice personalTasks;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_messages")
    private DeliveryChoice otherMessages;

    protected NotificationPreference() {
    }

    NotificationPreference(PersonId personId, String language) {
        this.personId = personId;
        choose(language);
    }

    /** How a message of this kind reaches the person by mail: their choice, else the default. */
    public DeliveryChoice delivery(NotificationKind kind) {
        DeliveryChoice chosen = kind.isTask() ? personalTasks : otherMessages;
        return chosen == null ? DeliveryChoice.byDefault(kind) : chosen;
    }

    void chooseDelivery(DeliveryChoice personalTasks, DeliveryChoice otherMessages) {
        if (personalTasks == null || otherMessages == null) {
            throw new RuleViolationException(personalTasks == null ? "personalTasks" : "otherMessages", "required",
                    "a choice for personal tasks and one for other messages");
        }
        this.personalTasks = personalTasks;
        this.otherMessages = otherMessages;
    }

    void choose(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolationException("language", "invalid",
                    "messages are written in " + LANGUAGES + ", not " + language);
        }
        this.language = language;
    }

    public PersonId personId() {
        return personId;
    }

    public String language() {
        return language;
    }
}
