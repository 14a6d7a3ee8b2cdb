package nl.participationsuite.web.notifications;

import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.participationsuite.domain.notification.DeliveryChoice;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.NotificationService.Deliveries;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A person chooses how messages reach them by mail; a missing or unknown choice is an error on its field, in Dutch. */
@WebSliceTest(NotificationPreferencesController.class)
@Import({ Dates.class, FormIds.class, ResidentPortalSlice.FixedClock.class })
class NotificationPreferencesControllerTests {

    private static final String PORTAL = "/portaal/meldingen/voorkeuren";

    private static final String WORKSPACE = "/werkruimte/meldingen/voorkeuren";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    @BeforeEach
    void anoukHasTheDefaults() {
        when(currentPerson.get()).thenReturn(me);
        when(notifications.deliveries(any())).thenReturn(new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.DAILY));
    }

    @Test
    void showsTheCurrentChoicesAsRadioButtons() throws Exception {
        String page = html(mvc.perform(get(PORTAL).with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<title>Hoe wilt u berichten krijgen? | ")
                .contains("name=\"personalTasks\" id=\"personalTasks\" value=\"IMMEDIATELY\" checked=\"checked\"")
                .contains("name=\"otherMessages\" id=\"otherMessages-DAILY\" value=\"DAILY\" checked=\"checked\"")
                .contains("<label for=\"otherMessages-NEVER\">Niet per e-mail</label>")
                .contains("href=\"/portaal/meldingen\"");
    }

    @Test
    void savesTheChoiceAndReturnsToThePage() throws Exception {
        mvc.perform(post(PORTAL).with(resident()).with(csrf()).param("personalTasks", "WEEKLY")
                .param("otherMessages", "NEVER"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PORTAL))
                .andExpect(flash().attributeExists("notice"));

        verify(notifications).chooseDeliveries(me.id(), new Deliveries(DeliveryChoice.WEEKLY, DeliveryChoice.NEVER));
    }

    @Test
    void aProfessionalChoosesInTheWorkspace() throws Exception {
        when(currentPerson.get()).thenReturn(Person.professional("Jeroen Bakker", null, null, OrganisationId.random()));

        mvc.perform(post(WORKSPACE).with(professional()).with(csrf()).param("personalTasks", "IMMEDIATELY")
                .param("otherMessages", "DAILY"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(WORKSPACE));
    }

    @Test
    void aMissingChoiceIsAnErrorOnItsFieldAndNothingIsSaved() throws Exception {
        String page = html(mvc.perform(post(PORTAL).with(resident()).with(csrf())).andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: Hoe wilt u berichten krijgen? | ")
                .contains("Controleer deze velden:")
                .contains("<a href=\"#personalTasks\">Taken voor u: Kies een van de mogelijkheden.</a>")
                .contains("<a href=\"#otherMessages\">Ander nieuws: Kies een van de mogelijkheden.</a>")
                .contains("id=\"personalTasks-error\"").contains("id=\"otherMessages-error\"");
        verify(notifications, never()).chooseDeliveries(any(), any());
    }

    @Test
    void anUnknownChoiceIsAnErrorOnItsFieldAndNothingIsSaved() throws Exception {
        String page = html(mvc.perform(post(WORKSPACE).with(professional()).with(csrf())
                .param("personalTasks", "IMMEDIATELY").param("otherMessages", "HOURLY")).andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"#otherMessages\">Ander nieuws: Kies een van de mogelijkheden.</a>")
                .contains("action=\"/werkruimte/meldingen/voorkeuren\"");
        verify(notifications, never()).chooseDeliveries(any(), any());
    }
}
