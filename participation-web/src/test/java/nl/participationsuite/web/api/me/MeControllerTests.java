package nl.participationsuite.web.api.me;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(MeController.class)
class MeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersSubjectDisplayNameAndProductRoles() throws Exception {
        mvc.perform(get("/api/v1/me").with(jwt()
                        .jwt(token -> token.subject("3f1c").claim("name", "Anouk Jansen").claim("preferred_username", "resident1"))
                        .authorities(Role.RESIDENT.authority(), Role.COORDINATOR.authority())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.subject").value("3f1c"))
                .andExpect(jsonPath("$.displayName").value("Anouk Jansen"))
                .andExpect(jsonPath("$.roles[0]").value("resident"))
                .andExpect(jsonPath("$.roles[1]").value("coordinator"));
    }

    @Test
    void fallsBackToTheUserNameWithoutAFullName() throws Exception {
        mvc.perform(get("/api/v1/me").with(jwt().jwt(token -> token.subject("9a").claim("preferred_username", "resident6"))))
                .andExpect(jsonPath("$.displayName").value("resident6"))
                .andExpect(jsonPath("$.roles").isEmpty());
    }

    @Test
    void answersAnonymousCallersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
    }

    @Test
    void answersProblemDetailsInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not authenticated"));
    }

    @Test
    void refusesAResidentInTheCoordinatorsAreaWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/trajectories").with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Geen toegang"));
    }
}
