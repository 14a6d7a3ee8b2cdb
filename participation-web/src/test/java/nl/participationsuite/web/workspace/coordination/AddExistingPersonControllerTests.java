package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.participationsuite.domain.involvement.ExistingPersonEnrolment;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonMatch;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(AddExistingPersonController.class)
class AddExistingPersonControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InvolvementService involvement;

    @MockitoBean
    ExistingPersonEnrolment enrolment;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final Person anouk = Person.resident("Anouk Smit", "anouk@example.org", null, "anouk-subject");

    private final Person sanne = Person.professional("Sanne Visser", "sanne@ggd.example", null, OrganisationId.random());

    private final Person henk = Person.resident("Henk Postma", null, null, null);

    private String path;

    @BeforeEach
    void aProfessionalWorkingOnTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(trajectory.participantOf(any())).thenReturn(Optional.empty());
        when(trajectories.addable(trajectory, Coordination.COORDINATOR.id(), anouk.id())).thenReturn(anouk);
        when(trajectories.addable(trajectory, Coordination.COORDINATOR.id(), sanne.id())).thenReturn(sanne);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/deelnemers/bestaand";
    }

    @Test
    void showsTheSearchFormAndTheLinkToRegisterSomeoneNew() throws Exception {
        String page = mvc.perform(get(path).with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Een bestaande persoon toevoegen")
                .contains("<label for=\"q\">Naam, e-mailadres of trajectnummer</label>")
                .contains("method=\"get\"")
                .contains("/werkruimte/trajecten/" + trajectory.id() + "/inwoners/nieuw")
                .doesNotContain("Gevonden");
        verify(trajectories, never()).addableTo(any(), any(), any(), anyInt());
    }

    @Test
    void listsWhomTheSearchFindsWithWhetherTheyHaveAnAccountOrTakePartAlready() throws Exception {
        when(trajectory.participantOf(henk.id())).thenReturn(Optional.of(Mockito.mock(Participant.class)));
        when(trajectories.addableTo(trajectory.id(), Coordination.COORDINATOR.id(), "an", AddExistingPersonController.SHOWN + 1))
                .thenReturn(List.of(match(anouk, null), match(sanne, "GGD IJsselland"), match(henk, null)));

        String page = mvc.perform(get(path).param("q", "an").with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Anouk Smit").contains("anouk@example.org").contains("Heeft een account.")
                .contains("Sanne Visser").contains("GGD IJsselland")
                .contains("Henk Postma").contains("Heeft geen account.").contains("Doet al mee aan dit traject.")
                .contains(path + "/" + anouk.id()).contains(path + "/" + sanne.id())
                .doesNotContain(path + "/" + henk.id())
                .doesNotContain("Er zijn meer dan");
    }

    @Test
    void saysWhenThereAreMoreMatchesThanItShows() throws Exception {
        List<PersonMatch> many = IntStream.range(0, AddExistingPersonController.SHOWN + 1)
                .mapToObj(i -> match(Person.resident("Inwoner " + i, null, null, null), null)).toList();
        when(trajectories.addableTo(trajectory.id(), Coordination.COORDINATOR.id(), "Inwoner",
                AddExistingPersonController.SHOWN + 1)).thenReturn(many);

        String page = mvc.perform(get(path).param("q", "Inwoner").with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Inwoner " + (AddExistingPersonController.SHOWN - 1))
                .doesNotContain("Inwoner " + AddExistingPersonController.SHOWN + "<")
                .contains("Er zijn meer dan 20 personen gevonden.");
    }

    @Test
    void showsATooShortOrInvisibleSearchOnItsField() throws Exception {
        when(trajectories.addableTo(trajectory.id(), Coordination.COORDINATOR.id(), "a", AddExistingPersonController.SHOWN + 1))
                .thenThrow(new RuleViolationException("q", "person-search.too-short", "too short"));

        assertThat(mvc.perform(get(path).param("q", "a").with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<title>Fout: ").contains("id=\"q-error\"").contains("Typ minstens 2 tekens.");
        assertThat(mvc.perform(get(path).param("q", "An\u0000ouk").with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"q-error\"").contains("onzichtbaar stuurteken");
        verify(trajectories, never()).addableTo(any(), any(), eq("An\u0000ouk"), anyInt());
    }

    @Test
    void asksAResidentsChannelAndSaysNoInvitationGoesOut() throws Exception {
        String page = mvc.perform(get(path + "/" + anouk.id()).with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Anouk Smit toevoegen aan het traject")
                .contains("Er gaat geen nieuwe uitnodiging uit.")
                .contains("Hoe heeft u de inwoner voor dit traject bereikt?")
                .contains("name=\"personId\" value=\"" + anouk.id() + "\"");
    }

    @Test
    void asksNoChannelOfAProfessional() throws Exception {
        String page = mvc.perform(get(path + "/" + sanne.id()).with(Coordination.professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sanne Visser toevoegen aan het traject").doesNotContain("name=\"channel\"");
    }

    @Test
    void addsAResidentWithTheirChannelAndGoesBackToTheTrajectory() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("personId", anouk.id().toString()).param("channel", "EVENT"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.existing-resident-added")));

        verify(enrolment).add(trajectory.id(), Coordination.COORDINATOR.id(), anouk.id(), RecruitmentChannel.EVENT, null);
    }

    @Test
    void addsAProfessionalWithoutAChannel() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("personId", sanne.id().toString()).param("channel", "EVENT"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.existing-professional-added")));

        verify(enrolment).add(trajectory.id(), Coordination.COORDINATOR.id(), sanne.id(), null, null);
    }

    @Test
    void refusesSomeoneTakingPartAlreadyOnThePersonField() throws Exception {
        when(enrolment.add(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), eq(anouk.id()), any(), any()))
                .thenThrow(new RuleViolationException("personId", "participant.already-taking-part", "already"));

        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("personId", anouk.id().toString()).param("channel", "ONLINE"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("<title>Fout: ").contains("id=\"personId-error\"")
                        .contains("Deze persoon doet al mee aan dit traject"));
    }

    @Test
    void showsAMissingChannelOnItsField() throws Exception {
        when(enrolment.add(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), eq(anouk.id()), any(), any()))
                .thenThrow(new RuleViolationException("channel", "required", "channel is required"));

        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("personId", anouk.id().toString()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"channel-error\"").contains("Vul dit veld in."));
    }

    @Test
    void hidesPeopleOutsideTheSearchScopeAndRefusesWhoDoesNotWorkOnTheTrajectory() throws Exception {
        PersonId elsewhere = PersonId.random();
        when(trajectories.addable(trajectory, Coordination.COORDINATOR.id(), elsewhere))
                .thenThrow(new NotFoundException("person", elsewhere));
        mvc.perform(get(path + "/" + elsewhere).with(Coordination.professional())).andExpect(status().isNotFound());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("personId", elsewhere.toString())
                .param("channel", "EVENT")).andExpect(status().isNotFound());

        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(new NotAllowedException("trajectory.not-working-on-it", "not working on it"));
        mvc.perform(get(path).param("q", "an").with(Coordination.professional())).andExpect(status().isForbidden());
        verify(enrolment, never()).add(any(), any(), any(), any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).param("personId", anouk.id().toString())
                .param("channel", "EVENT")).andExpect(status().isForbidden());
        verify(enrolment, never()).add(any(), any(), any(), any(), any());
    }

    private static PersonMatch match(Person person, String organisation) {
        return new PersonMatch(person.id(), person.kind(), person.displayName(), person.email(), organisation,
                person.hasAccount());
    }
}
