package nl.participationsuite.domain.involvement;

/** What a coordinator records about a network that already exists (a council, a club, an initiative). */
public record MapNetwork(NetworkKind kind, String name, String contactNote) {
}
