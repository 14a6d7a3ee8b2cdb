package nl.participationsuite.domain.shared;

import java.util.Optional;

/**
 * Who is acting now. The web module answers with the logged-in user's Keycloak subject; without
 * one (the engine's timers, start-up), changes are attributed to {@link #SYSTEM}.
 */
public interface Actors {

    String SYSTEM = "system";

    Optional<String> current();
}
