package nl.participationsuite.domain.trajectory;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link ResponseReminder}. */
@Embeddable
public record ResponseReminderId(@Column(name = "id") UUID value) implements Serializable {

    public static ResponseReminderId random() {
        return new ResponseReminderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
