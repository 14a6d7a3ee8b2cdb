package nl.participationsuite.testsupport;

import java.util.Map;

import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Links the demo users' Keycloak accounts to people of the product, the same way in every test
 * class of a run: {@code coordinator} and {@code professional} work for the municipality,
 * {@code professional2} for the GGD; {@code resident1} … {@code resident6} are residents.
 */
public final class LinkedAccounts {

    private static final Map<String, String> NAMES = Map.of(
            "coordinator", "Marieke de Vries", "professional", "Jeroen Bakker", "professional2", "Sanne Visser");

    private static final Map<String, String> RESIDENTS = Map.of(
            "resident1", "Anouk Jansen", "resident2", "Daan Mulder", "resident3", "Fenna de Boer",
            "resident4", "Kees Meijer", "resident5", "Yasmina el Khatib", "resident6", "Henk Postma");

    private static Organisation municipality;

    private static Organisation ggd;

    private LinkedAccounts() {
    }

    /** A token of the demo user, whose account is linked to a person. */
    public static synchronized String token(String user, People people, Organisations organisations, JwtDecoder jwt) {
        if (municipality == null) {
            municipality = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
            ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        }
        String token = KeycloakTokens.accessToken(user);
        String subject = jwt.decode(token).getSubject();
        if (people.findByKeycloakSubject(subject).isEmpty()) {
            people.save(RESIDENTS.containsKey(user) ? Person.resident(RESIDENTS.get(user), null, null, subject)
                    : Person.professional(NAMES.get(user), null, subject,
                            user.equals("professional2") ? ggd.id() : municipality.id()));
        }
        return token;
    }

    /** The person linked to the demo user's account (linked first when needed). */
    public static Person person(String user, People people, Organisations organisations, JwtDecoder jwt) {
        String subject = jwt.decode(token(user, people, organisations, jwt)).getSubject();
        return people.findByKeycloakSubject(subject).orElseThrow();
    }
}
