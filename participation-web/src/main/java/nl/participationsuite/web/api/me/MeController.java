package nl.participationsuite.web.api.me;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: the caller of the API as the product sees them. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    @GetMapping
    Me me(JwtAuthenticationToken authentication) {
        return Me.of(authentication, authentication.getTokenAttributes());
    }
}
