package nl.participationsuite.web.notifications;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.notification.NotificationPreference;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.security.CurrentPerson;

/**
 * A person's notifications, the same items as their mails, so nothing depends on e-mail alone: in the
 * portal ({@code /portaal/meldingen}) for residents and in the workspace ({@code /werkruimte/meldingen})
 * for professionals, newest first, a page of 20. Opening one (from the list or from the link in its mail)
 * marks it read and leads to the page it is about; another person's answers 404. The language of the
 * messages is chosen here too, which is where each mail says to change them.
 */
@Controller
class NotificationsController {

    static final String VIEW = "notifications/list";

    static final int PAGE_SIZE = 20;

    private final NotificationService notifications;

    private final NotificationViews views;

    private final NotificationTexts texts;

    private final CurrentPerson currentPerson;

    NotificationsController(NotificationService notifications, NotificationViews views, NotificationTexts texts,
            CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.views = views;
        this.texts = texts;
        this.currentPerson = currentPerson;
    }

    @GetMapping({ NotificationView.PORTAL, NotificationView.WORKSPACE })
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Locale locale, Model model) {
        Person me = currentPerson.get();
        long total = views.count(me.id());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Item> items = views.page(me.id(), current, PAGE_SIZE).stream()
                .map(view -> new Item(view, texts.title(view, locale), texts.body(view, locale), texts.tasks(view, locale)))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("listPath", listPath(request));
        model.addAttribute("language", notifications.language(me.id()));
        model.addAttribute("languages", NotificationPreference.LANGUAGES);
        return VIEW;
    }

    /** Opens a notification: read from now on, and on to the page it is about. */
    @GetMapping({ NotificationView.PORTAL + "/{id}", NotificationView.WORKSPACE + "/{id}" })
    String open(@PathVariable UUID id) {
        Person me = currentPerson.get();
        notifications.open(id, me.id());
        NotificationView view = views.of(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("notification", id));
        return "redirect:" + view.targetPath();
    }

    @PostMapping({ NotificationView.PORTAL + "/taal", NotificationView.WORKSPACE + "/taal" })
    String chooseLanguage(@RequestParam(required = false) String language, HttpServletRequest request,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        if (language == null || !NotificationPreference.LANGUAGES.contains(language)) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("notifications.language.legend"));
        }
        else {
            notifications.chooseLanguage(me.id(), language);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("notifications.language.saved"));
        }
        return "redirect:" + listPath(request);
    }

    private static String listPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(NotificationView.WORKSPACE) ? NotificationView.WORKSPACE
                : NotificationView.PORTAL;
    }

    /** One notification as the list shows it. */
    record Item(NotificationView view, String title, String body, List<NotificationTexts.TaskLine> tasks) {
    }
}
