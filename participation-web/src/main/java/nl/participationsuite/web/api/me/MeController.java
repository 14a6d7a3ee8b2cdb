package nl.participationsuite.web.api.me;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: the caller of the API as the product sees them. */
@RestController
@Tag(name = "me", description = "The caller")
@RequestMapping("/api/v1/me")
class MeController {

    @GetMapping
    @Operation(operationId = "getMe", summary = "You, as the product sees you",
            description = "Your name, e-mail address and roles from the access token; open to every signed-in user.")
    @ApiResponse(responseCode = "200", description = "You")
    Me me(JwtAuthenticationToken authentication) {
        return Me.of(authentication, authentication.getTokenAttributes());
    }
}
