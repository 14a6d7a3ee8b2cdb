package nl.participationsuite.domain.notification;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;

/** How a person wants their notifications: for now, the language (Dutch unless they chose English). */
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

    protected NotificationPreference() {
    }

    NotificationPreference(PersonId personId, String language) {
        this.personId = personId;
        choose(language);
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
