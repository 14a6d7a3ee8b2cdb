package nl.participationsuite.web.notifications;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.participationsuite.domain.shared.Actors;

/**
 * The unread count in the header of every portal and workspace page ({@code unreadNotifications}), in one
 * statement by the logged-in account; absent on other requests and for an account no person is linked to.
 * The database and the current account are looked up when asked for, so that a controller slice without
 * them (the MVC tests) renders its pages without the count.
 */
@ControllerAdvice(basePackages = { "nl.participationsuite.web.portal", "nl.participationsuite.web.workspace",
        "nl.participationsuite.web.notifications" })
class UnreadNotifications {

    static final String ATTRIBUTE = "unreadNotifications";

    private final ObjectProvider<Actors> actors;

    private final ObjectProvider<JdbcClient> jdbc;

    UnreadNotifications(ObjectProvider<Actors> actors, ObjectProvider<JdbcClient> jdbc) {
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @ModelAttribute(ATTRIBUTE)
    Long unread(HttpServletRequest request) {
        Actors current = actors.getIfAvailable();
        JdbcClient database = jdbc.getIfAvailable();
        if (!"GET".equals(request.getMethod()) || current == null || database == null) {
            return null;
        }
        return current.current().filter(subject -> !Actors.SYSTEM.equals(subject))
                .map(subject -> database.sql("""
                        select count(*) from notification n join person p on p.id = n.recipient_id
                         where p.keycloak_subject = :subject and n.read_at is null""")
                        .param("subject", subject).query(Long.class).single())
                .orElse(null);
    }
}
