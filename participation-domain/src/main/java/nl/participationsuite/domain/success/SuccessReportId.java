package nl.participationsuite.domain.success;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link SuccessReport}. */
@Embeddable
public record SuccessReportId(@Column(name = "id") UUID value) implements Serializable {

    public static SuccessReportId random() {
        return new SuccessReportId(UUID.randomUUID());
    }

    public static SuccessReportId of(String value) {
        return new SuccessReportId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
