package nl.participationsuite.web.notifications;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.ui.Model;

import nl.participationsuite.domain.notification.DeliveryChoice;
import nl.participationsuite.domain.notification.NotificationService.Deliveries;

/**
 * How a person wants messages by mail: one choice for personal tasks, one for everything else.
 *
 * @param personalTasks a task on their name
 * @param otherMessages news, answers and group tasks
 */
public record DeliveryForm(@NotNull DeliveryChoice personalTasks, @NotNull DeliveryChoice otherMessages) {

    /** The choices, in the order the page shows them. */
    static final List<DeliveryChoice> CHOICES = List.of(DeliveryChoice.values());

    static DeliveryForm of(Deliveries deliveries) {
        return new DeliveryForm(deliveries.personalTasks(), deliveries.otherMessages());
    }

    /**
     * What the form ({@code notifications/preferences :: deliveryForm}) needs on another page, such as the
     * resident's boundaries page: the person's current choices, the choices and where the form posts to.
     */
    public static void addTo(Model model, Deliveries current, String action) {
        model.addAttribute("deliveryForm", of(current));
        addChoices(model, action);
    }

    static void addChoices(Model model, String action) {
        model.addAttribute("deliveryChoices", CHOICES);
        model.addAttribute("deliveryAction", action);
    }

    Deliveries deliveries() {
        return new Deliveries(personalTasks, otherMessages);
    }
}
