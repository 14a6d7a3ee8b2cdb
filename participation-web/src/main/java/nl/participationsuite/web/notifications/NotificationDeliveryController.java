package nl.participationsuite.web.notifications;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.notification.Notification;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.web.forms.Notice;

/**
 * The admin's view of mail delivery ({@code /beheer/meldingen}, role admin): how many notifications are
 * waiting, sent, without an address or given up on, and the ones given up on with their last error, each
 * to be tried again once the relay is mended. Delivery only: no recipient and nothing a message says.
 */
@Controller
class NotificationDeliveryController {

    static final String PATH = "/beheer/meldingen";

    static final String VIEW = "notifications/delivery";

    private final NotificationService notifications;

    NotificationDeliveryController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping(PATH)
    String delivery(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<Notification> failed = notifications.failed(PageRequest.of(Math.max(page, 0), NotificationsController.PAGE_SIZE));
        model.addAttribute("counts", notifications.countByStatus());
        model.addAttribute("failed", failed);
        return VIEW;
    }

    @PostMapping(PATH + "/{id}/opnieuw")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.retry(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("notifications.admin.retried"));
        return "redirect:" + PATH;
    }
}
