package nl.participationsuite.domain.involvement;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Recruitment}. */
@Embeddable
public record RecruitmentId(@Column(name = "id") UUID value) implements Serializable {

    public static RecruitmentId random() {
        return new RecruitmentId(UUID.randomUUID());
    }

    public static RecruitmentId of(String value) {
        return new RecruitmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
