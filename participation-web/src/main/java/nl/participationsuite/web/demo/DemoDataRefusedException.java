package nl.participationsuite.web.demo;

/** Demo data was asked for under a production profile: the application does not start. */
class DemoDataRefusedException extends IllegalStateException {

    private final String profile;

    DemoDataRefusedException(String profile) {
        super("Demo data is for development only and is refused under the '" + profile + "' profile");
        this.profile = profile;
    }

    String profile() {
        return profile;
    }
}
