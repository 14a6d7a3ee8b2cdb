package nl.participationsuite.web.home;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(HomeController.class)
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void invitesAnonymousVisitorsToLogInInDutch() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"nl\"")))
                .andExpect(content().string(containsString("Inloggen")))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/keycloak\"")))
                .andExpect(content().string(not(containsString("Uitloggen"))));
    }

    @Test
    void showsWhoIsLoggedInAndTheirRoles() throws Exception {
        mvc.perform(get("/").with(user("Marieke de Vries", "coordinator", Role.COORDINATOR, Role.PROFESSIONAL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welkom, Marieke de Vries")))
                .andExpect(content().string(containsString("U bent ingelogd als coordinator.")))
                .andExpect(content().string(containsString("Coördinator")))
                .andExpect(content().string(containsString("Professional")))
                .andExpect(content().string(containsString("Uitloggen")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("href=\"/werkruimte\"")));
    }

    @Test
    void linksManagersToTheirReportsWithoutSayingTheyComeSoon() throws Exception {
        mvc.perform(get("/").with(user("Wethouder Van Dijk", "manager", Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/rapportages\"")))
                .andExpect(content().string(containsString("Naar de rapportages")))
                .andExpect(content().string(not(containsString("binnenkort beschikbaar"))));
        mvc.perform(get("/").with(user("Anouk Jansen", "resident1", Role.RESIDENT)))
                .andExpect(content().string(not(containsString("href=\"/rapportages\""))));
    }

    @Test
    void tellsUsersWithoutProductRoleWhomToAsk() throws Exception {
        mvc.perform(get("/").with(user("Nieuwe Gebruiker", "nieuw")))
                .andExpect(content().string(containsString("U hebt nog geen rol")));
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user("Anouk Jansen", "resident1", Role.RESIDENT)))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Welcome, Anouk Jansen")))
                .andExpect(content().string(containsString("Resident")))
                .andExpect(content().string(containsString("Log out")))
                .andExpect(content().string(not(containsString("href=\"/werkruimte\""))));
    }

    @Test
    void followsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5"))
                .andExpect(content().string(containsString("Log in")));
        mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(content().string(containsString("Inloggen")));
        mvc.perform(get("/").header("Accept-Language", "fr").param("lang", "fr"))
                .andExpect(content().string(containsString("lang=\"nl\"")));
    }

    private static OidcLoginRequestPostProcessor user(String fullName, String userName, Role... roles) {
        return oidcLogin()
                .idToken(token -> token.claim("name", fullName).claim("preferred_username", userName))
                .authorities(java.util.Arrays.stream(roles).map(Role::authority).toList());
    }
}
