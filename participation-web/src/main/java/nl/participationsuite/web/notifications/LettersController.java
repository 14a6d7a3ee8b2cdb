package nl.participationsuite.web.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.reporting.exports.PdfDocuments;
import nl.participationsuite.web.security.CurrentPerson;

/**
 * The letter queue of a contact person ({@code /werkruimte/brieven}): what would have been mailed to
 * residents without an e-mail address, in the trajectories the person is the contact person of. One button
 * prints every waiting letter as one PDF (a page each, with the same text and link as the mail) and marks
 * them sent, in one transaction; two prints at the same moment never print the same letter.
 */
@Controller
class LettersController {

    static final String PATH = "/werkruimte/brieven";

    static final String VIEW = "notifications/letters";

    static final String PDF_TEMPLATE = "notifications/letters-pdf";

    /** The letters' print style: A4, a letter a page, the embedded font. */
    private static final String STYLE = style();

    /** How many letters one print takes at most (the rest wait for the next). */
    static final int PRINT_LIMIT = 200;

    private final JdbcClient jdbc;

    private final NotificationViews views;

    private final NotificationTexts texts;

    private final NotificationService notifications;

    private final NotificationSettings settings;

    private final ITemplateEngine templates;

    private final CurrentPerson currentPerson;

    private final TransactionTemplate transactions;

    LettersController(JdbcClient jdbc, NotificationViews views, NotificationTexts texts,
            NotificationService notifications, NotificationSettings settings, ITemplateEngine templates,
            CurrentPerson currentPerson, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.views = views;
        this.texts = texts;
        this.notifications = notifications;
        this.settings = settings;
        this.templates = templates;
        this.currentPerson = currentPerson;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @GetMapping(PATH)
    String queue(Locale locale, Model model) {
        model.addAttribute("letters", letters(currentPerson.get().id(), locale, false));
        return VIEW;
    }

    /**
     * Every waiting letter as one PDF; printed letters are sent from now on. The letters are taken with
     * {@code FOR UPDATE SKIP LOCKED} in the transaction that marks them sent, so a second print at the
     * same moment (a double click, a colleague) takes other letters or none, never the same ones.
     */
    @PostMapping(PATH + "/afdrukken")
    ResponseEntity<byte[]> print(Locale locale) {
        Person me = currentPerson.get();
        byte[] pdf = transactions.execute(status -> {
            List<Letter> letters = letters(me.id(), locale, true);
            if (letters.isEmpty()) {
                return null;
            }
            notifications.lettersPrinted(letters.stream().map(letter -> letter.view().id()).toList(), me.id());
            Context context = new Context(locale);
            context.setVariable("letters", letters);
            context.setVariable("style", STYLE);
            return PdfDocuments.render(templates.process(PDF_TEMPLATE, context), settings.link("/"));
        });
        if (pdf == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(PdfDocuments.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("brieven.pdf").build().toString())
                .body(pdf);
    }

    /** The oldest waiting letters, at most {@link #PRINT_LIMIT}; {@code take}: locked, skipping those another print holds. */
    private List<Letter> letters(PersonId contactPerson, Locale locale, boolean take) {
        List<Addressee> waiting = jdbc.sql("""
                select n.id, p.display_name from notification n
                  join person p on p.id = n.recipient_id
                  join trajectory t on t.id = n.trajectory_id
                 where n.status = 'LETTER' and t.contact_person_id = :me
                 order by n.created_at, n.id
                 limit :limit""" + (take ? " for update of n skip locked" : ""))
                .param("me", contactPerson.value()).param("limit", PRINT_LIMIT)
                .query((rs, row) -> new Addressee(rs.getObject("id", UUID.class), rs.getString("display_name"))).list();
        List<NotificationView> read = views.of(waiting.stream().map(Addressee::id).toList());
        return waiting.stream().map(addressee -> {
            NotificationView view = read.stream().filter(candidate -> candidate.id().equals(addressee.id())).findFirst()
                    .orElseThrow();
            Locale theirs = NotificationTexts.locale(view);
            return new Letter(view, addressee.name(), texts.title(view, theirs), texts.body(view, theirs),
                    texts.result(view, theirs), settings.link(view.openPath()), theirs.getLanguage(),
                    texts.tasks(view, theirs).stream()
                            .map(task -> new NotificationTexts.TaskLine(task.text(), settings.link(task.path()))).toList());
        }).toList();
    }

    private static String style() {
        try {
            return new ClassPathResource("templates/notifications/letters-print.css").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Addressee(UUID id, String name) {
    }

    /** One letter: to whom, what it says (in their language), the group tasks it tells of, and where to read more. */
    record Letter(NotificationView view, String to, String title, String body, String result, String link,
            String language, List<NotificationTexts.TaskLine> tasks) {
    }
}
