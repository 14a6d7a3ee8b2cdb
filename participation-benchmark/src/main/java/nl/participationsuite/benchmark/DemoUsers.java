package nl.participationsuite.benchmark;

import java.util.List;

/**
 * The demo users of the development realm (deploy/keycloak/dev/participation-realm.json) with the
 * fixed subjects Keycloak puts in their tokens; password = user name. Kept in step with the web
 * module's DemoAccount.
 */
enum DemoUsers {

    COORDINATOR("c58441a8-0884-558c-8d0a-b90ffa6ee47b", "Marieke de Vries"),
    PROFESSIONAL("ef228fb9-a653-54b7-9b75-6194eeb0c7cf", "Jeroen Bakker"),
    PROFESSIONAL2("422030e8-da7c-5baf-aae0-2883960b0f73", "Sanne Visser"),
    RESIDENT1("f84daccc-c22a-512f-a93d-ceac1edb154b", "Anouk Jansen"),
    RESIDENT2("55ff6fb6-68fd-5ef0-a547-395e5a3c55f0", "Daan Mulder"),
    RESIDENT3("f0827adb-4b71-52c6-814a-68385bf1a1a5", "Fenna de Boer"),
    RESIDENT4("ee98f0e1-4aa0-51fb-beb3-28a65ccd4011", "Kees Meijer"),
    RESIDENT5("2559ed1a-573c-5fd1-9761-18e83335bf53", "Yasmina el Khatib");

    /**
     * The demo manager's subject and user name: not one of the users above, because those take part in
     * every seeded trajectory; the manager only reads the reports of the benchmark's organisation.
     */
    static final String MANAGER_SUBJECT = "74e9e21b-1f07-5907-a53e-35b9a5a6f2cc";

    static final String MANAGER = "manager";

    static final List<DemoUsers> PROFESSIONALS = List.of(COORDINATOR, PROFESSIONAL, PROFESSIONAL2);

    static final List<DemoUsers> RESIDENTS = List.of(RESIDENT1, RESIDENT2, RESIDENT3, RESIDENT4, RESIDENT5);

    final String subject;

    final String displayName;

    DemoUsers(String subject, String displayName) {
        this.subject = subject;
        this.displayName = displayName;
    }

    String username() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isResident() {
        return name().startsWith("RESIDENT");
    }
}
