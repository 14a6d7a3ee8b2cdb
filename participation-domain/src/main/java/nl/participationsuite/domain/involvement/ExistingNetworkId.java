package nl.participationsuite.domain.involvement;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies an {@link ExistingNetwork}. */
@Embeddable
public record ExistingNetworkId(@Column(name = "id") UUID value) implements Serializable {

    public static ExistingNetworkId random() {
        return new ExistingNetworkId(UUID.randomUUID());
    }

    public static ExistingNetworkId of(String value) {
        return new ExistingNetworkId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
