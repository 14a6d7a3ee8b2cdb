package nl.participationsuite.domain.involvement;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link CoordinatorReminder}. */
@Embeddable
public record CoordinatorReminderId(@Column(name = "id") UUID value) implements Serializable {

    public static CoordinatorReminderId random() {
        return new CoordinatorReminderId(UUID.randomUUID());
    }

    public static CoordinatorReminderId of(String value) {
        return new CoordinatorReminderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
