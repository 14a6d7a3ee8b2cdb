package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.accounts.AccountConflictException;
import nl.participationsuite.web.accounts.AccountsUnavailableException;
import nl.participationsuite.web.accounts.ResidentInvitations;
import nl.participationsuite.web.accounts.ResidentInvitations.Invitation;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(InviteResidentController.class)
class InviteResidentControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    ResidentInvitations invitations;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final ParticipantId participant = ParticipantId.random();

    private final Person resident = Person.resident("Fatima el Amrani", "fatima@example.org", null, null);

    private String path;

    @BeforeEach
    void aCoordinatorAndTheirResident() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(invitations.resident(trajectory.id(), Coordination.COORDINATOR.id(), participant)).thenReturn(resident);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/inwoners/" + participant + "/uitnodigen";
    }

    @Test
    void suggestsAUserNameFromTheResidentsName() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Account maken voor Fatima el Amrani")))
                .andExpect(content().string(containsString("<label for=\"username\">Gebruikersnaam</label>")))
                .andExpect(content().string(containsString("value=\"fatima.el.amrani\"")))
                .andExpect(content().string(containsString("fatima@example.org")));
    }

    @Test
    void showsTheLetterWithTheCodeOnceAndKeepsItOutOfEveryCache() throws Exception {
        when(invitations.invite(trajectory.id(), Coordination.COORDINATOR.id(), participant, "fatima"))
                .thenReturn(new Invitation("Fatima el Amrani", "fatima", "ABCD-EFGH-JKMN"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("username", "fatima"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("Uw account voor de Participatie Suite")))
                .andExpect(content().string(containsString("Beste Fatima el Amrani,")))
                .andExpect(content().string(containsString("<code>fatima</code>")))
                .andExpect(content().string(containsString("ABCD-EFGH-JKMN")))
                .andExpect(content().string(containsString("http://localhost/portaal")));
    }

    @Test
    void suggestsAFreeUserNameWhenTheChosenOneIsTaken() throws Exception {
        when(invitations.invite(trajectory.id(), Coordination.COORDINATOR.id(), participant, "fatima"))
                .thenThrow(new AccountConflictException("username", "taken"));
        when(invitations.freeUserNameLike("fatima")).thenReturn("fatima2");

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("username", "fatima"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Deze gebruikersnaam is al in gebruik. Kies een andere, bijvoorbeeld: fatima2")))
                .andExpect(content().string(not(containsString("Uw activeringscode"))));
    }

    @Test
    void saysSoWhenKeycloakCannotMakeTheAccount() throws Exception {
        when(invitations.invite(trajectory.id(), Coordination.COORDINATOR.id(), participant, "fatima"))
                .thenThrow(new AccountsUnavailableException("down", null));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("username", "fatima"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het account kon nu niet worden gemaakt. Er is niets opgeslagen.")));
    }

    @Test
    void refusesAUserNameKeycloakWouldNot() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("username", "Fatima el Amrani"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#username\">Gebruikersnaam – Gebruik 3 tot 60 kleine letters")));
        verify(invitations, never()).invite(any(), any(), any(), anyString());
    }

    @Test
    void sendsAResidentWithAnAccountBackToTheTrajectory() throws Exception {
        resident.linkAccount("already");

        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("coordination.notice.already-invited")));
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherResidents() throws Exception {
        when(invitations.resident(trajectory.id(), Coordination.COORDINATOR.id(), participant))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("username", "fatima"))
                .andExpect(status().isForbidden());

        ParticipantId stranger = ParticipantId.random();
        when(invitations.resident(trajectory.id(), Coordination.COORDINATOR.id(), stranger))
                .thenThrow(new NotFoundException("participant", stranger));
        mvc.perform(get("/werkruimte/trajecten/" + trajectory.id() + "/inwoners/" + stranger + "/uitnodigen")
                .with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(invitations, never()).invite(any(), any(), any(), anyString());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("username", "fatima")).andExpect(status().isForbidden());
        verify(invitations, never()).invite(any(), any(), any(), anyString());
    }
}
