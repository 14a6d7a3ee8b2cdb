package nl.participationsuite.web.demo;

/**
 * The demo users of the development realm ({@code deploy/keycloak/dev/participation-realm.json}),
 * by the fixed user ids that Keycloak puts in their tokens as the subject. The demo people are
 * linked to these, so that logging in as {@code resident1} shows Anouk Jansen's tasks at once.
 * The managers are people of the domain who take part in no trajectory: {@code manager} reports on
 * Gemeente Dalfsen, {@code manager2} on GGD IJsselland and Gemeente Dalfsen. The administrator is no
 * person of the domain.
 */
enum DemoAccount {

    COORDINATOR("c58441a8-0884-558c-8d0a-b90ffa6ee47b", "Marieke de Vries", "coordinator@example.org"),
    PROFESSIONAL("ef228fb9-a653-54b7-9b75-6194eeb0c7cf", "Jeroen Bakker", "professional@example.org"),
    PROFESSIONAL2("422030e8-da7c-5baf-aae0-2883960b0f73", "Sanne Visser", "professional2@example.org"),
    MANAGER("74e9e21b-1f07-5907-a53e-35b9a5a6f2cc", "Pieter van Dijk", "manager@example.org"),
    MANAGER2("4145a464-12d0-58e8-8d5f-adedf38ed44e", "Ingrid Hofstra", "manager2@example.org"),
    RESIDENT1("f84daccc-c22a-512f-a93d-ceac1edb154b", "Anouk Jansen", "resident1@example.org"),
    RESIDENT2("55ff6fb6-68fd-5ef0-a547-395e5a3c55f0", "Daan Mulder", "resident2@example.org"),
    RESIDENT3("f0827adb-4b71-52c6-814a-68385bf1a1a5", "Fenna de Boer", "resident3@example.org"),
    RESIDENT4("ee98f0e1-4aa0-51fb-beb3-28a65ccd4011", "Kees Meijer", "resident4@example.org"),
    RESIDENT5("2559ed1a-573c-5fd1-9761-18e83335bf53", "Yasmina el Khatib", "resident5@example.org"),
    RESIDENT6("a5be8100-b2c2-5e7a-8832-0d68a1feda50", "Henk Postma", null);

    private final String subject;

    private final String displayName;

    private final String email;

    DemoAccount(String subject, String displayName, String email) {
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
    }

    /** The user name one logs in with, e.g. {@code resident1}. */
    String username() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String subject() {
        return subject;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    boolean isResident() {
        return name().startsWith("RESIDENT");
    }

    /** A manager: reads the reports of the organisations the demo gives them, takes part in nothing. */
    boolean isManager() {
        return name().startsWith("MANAGER");
    }
}
