package nl.participationsuite.web.accounts;

import java.text.Normalizer;
import java.util.Locale;

/** User names made from a resident's name: lower case, without accents, dots between the parts. */
public final class UserNames {

    /** What a user name may hold, as Keycloak accepts it. */
    public static final String PATTERN = "[a-z0-9._-]{3,60}";

    private static final String FALLBACK = "inwoner";

    private UserNames() {
    }

    /** E.g. {@code fatima.el.amrani} for "Fatima el Amrani"; {@code inwoner} for a name with too little to use. */
    public static String suggest(String displayName) {
        String plain = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (plain.length() > 50) {
            plain = plain.substring(0, 50).replaceAll("\\.+$", "");
        }
        return plain.length() < 3 ? FALLBACK : plain;
    }
}
