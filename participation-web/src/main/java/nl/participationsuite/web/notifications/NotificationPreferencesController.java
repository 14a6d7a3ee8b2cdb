package nl.participationsuite.web.notifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;

/**
 * How a person gets messages by mail ({@code /portaal/meldingen/voorkeuren} for residents, also shown on
 * their boundaries page; {@code /werkruimte/meldingen/voorkeuren} for professionals): personal tasks and
 * everything else, each at once, in a daily or weekly summary, or not by mail (then only in the list).
 * Every mail links here. A plain form: radio buttons, no script, errors on their field.
 */
@Controller
class NotificationPreferencesController {

    static final String SUFFIX = "/voorkeuren";

    static final String VIEW = "notifications/preferences";

    private final NotificationService notifications;

    private final CurrentPerson currentPerson;

    NotificationPreferencesController(NotificationService notifications, CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.currentPerson = currentPerson;
    }

    @GetMapping({ NotificationView.PORTAL + SUFFIX, NotificationView.WORKSPACE + SUFFIX })
    String show(HttpServletRequest request, Model model) {
        model.addAttribute("deliveryForm", DeliveryForm.of(notifications.deliveries(currentPerson.get().id())));
        return page(request, model);
    }

    @PostMapping({ NotificationView.PORTAL + SUFFIX, NotificationView.WORKSPACE + SUFFIX })
    String save(@Valid @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person me = currentPerson.get();
        if (!errors.hasErrors()) {
            try {
                notifications.chooseDeliveries(me.id(), form.deliveries());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("notifications.delivery.saved"));
                return "redirect:" + path(request);
            }
            catch (RuleViolationException ex) {
                Refusals.reject(errors, ex);
            }
        }
        return page(request, model);
    }

    private static String page(HttpServletRequest request, Model model) {
        DeliveryForm.addChoices(model, path(request));
        model.addAttribute("listPath", listPath(request));
        return VIEW;
    }

    private static String listPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(NotificationView.WORKSPACE) ? NotificationView.WORKSPACE
                : NotificationView.PORTAL;
    }

    /** This page, in the person's channel. */
    private static String path(HttpServletRequest request) {
        return listPath(request) + SUFFIX;
    }
}
