package nl.participationsuite.domain.seats;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;

/**
 * A background document of a proposal, as a link: what it is and where to read it (a web address,
 * http or https, for example the municipality's publication of a report). Residents read the
 * proposal with it before they vote.
 */
@Embeddable
public record BackgroundDocument(@Column(name = "title", nullable = false) String title,
        @Column(name = "url", nullable = false) String url) {

    public static final int MAX_TITLE = 200;

    public static final int MAX_URL = 1000;

    /** The document checked: a title, and an absolute http(s) address; {@code field} names it in a refusal. */
    static BackgroundDocument checked(BackgroundDocument document, String field) {
        String title = Texts.requiredLine(field + ".title", document.title(), MAX_TITLE);
        String url = Texts.requiredLine(field + ".url", document.url(), MAX_URL);
        try {
            URI address = new URI(url);
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || address.getHost() == null) {
                throw new URISyntaxException(url, "not a web address");
            }
        }
        catch (URISyntaxException ex) {
            throw new RuleViolationException(field + ".url", "rounds.document-not-a-web-address",
                    "a background document is a web address starting with https://");
        }
        return new BackgroundDocument(title, url);
    }
}
