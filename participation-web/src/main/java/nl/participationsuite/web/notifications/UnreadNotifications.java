package nl.participationsuite.web.notifications;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.participationsuite.domain.shared.Actors;

/**
 * The unread count in the header of every portal and workspace page ({@code unreadNotifications}), in one
 * statement by the logged-in account; absent on other requests and for an account no person is linked to.
 */
@ControllerAdvice(basePackages = { "nl.participationsuite.web.portal", "nl.participationsuite.web.workspace",
        "nl.participationsuite.web.notifications" })
class UnreadNotifications {

    static final String ATTRIBUTE = "unreadNotifications";

    private final Actors actors;

    private final JdbcClient jdbc;

    UnreadNotifications(Actors actors, JdbcClient jdbc) {
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @ModelAttribute(ATTRIBUTE)
    Long unread(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        return actors.current().filter(subject -> !Actors.SYSTEM.equals(subject))
                .map(subject -> jdbc.sql("""
                        select count(*) from notification n join person p on p.id = n.recipient_id
                         where p.keycloak_subject = :subject and n.read_at is null""")
                        .param("subject", subject).query(Long.class).single())
                .orElse(null);
    }
}
