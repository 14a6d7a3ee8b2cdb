package nl.participationsuite.web.api;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Every kind of API error is problem details: field errors for 400, 404 outside scope, 409 on a lost race, 500 bare. */
@WebSliceTest(ApiExceptionHandlerTests.FailingController.class)
@Import(ApiExceptionHandlerTests.FailingController.class)
class ApiExceptionHandlerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersARuleViolationWithTheFieldItIsAbout() throws Exception {
        mvc.perform(get("/api/v1/test/rule").with(jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.errors[0].message").value("Vul dit veld in."));
    }

    @Test
    void answersAnInvalidBodyWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(jwt()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"));
    }

    @Test
    void answersAnUnreadableBodyWithBadRequest() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(jwt()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("JsonParseException"))));
    }

    @Test
    void answersSomethingOutOfScopeWithNotFound() throws Exception {
        mvc.perform(get("/api/v1/test/missing").with(jwt()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(content().string(not(containsString("trajectory"))));
    }

    @Test
    void answersALostRaceWithConflict() throws Exception {
        mvc.perform(get("/api/v1/test/conflict").with(jwt()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Al gewijzigd"));
    }

    @Test
    void answersAnUnexpectedErrorWithoutItsDetails() throws Exception {
        mvc.perform(get("/api/v1/test/boom").with(jwt()))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Interne fout"))
                .andExpect(content().string(not(containsString("secret detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @RestController
    static class FailingController {

        record Body(@NotBlank String title) {
        }

        @GetMapping("/api/v1/test/rule")
        void rule() {
            throw new RuleViolationException("title", "required", "title is required");
        }

        @PostMapping("/api/v1/test/body")
        void body(@Valid @RequestBody Body body) {
        }

        @GetMapping("/api/v1/test/missing")
        void missing() {
            throw new NotFoundException("trajectory", "42");
        }

        @GetMapping("/api/v1/test/conflict")
        void conflict() {
            throw new TaskConflictException("completed by someone else");
        }

        @GetMapping("/api/v1/test/boom")
        void boom() {
            throw new IllegalStateException("secret detail");
        }
    }
}
