package nl.participationsuite.web.portal.boundaries;

import static nl.participationsuite.web.portal.ResidentPortalSlice.NOW;
import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A resident steps back from a trajectory after a page that says what happens to their seat and input. */
@WebSliceTest(StepBackController.class)
@Import({ ResidentMemberships.class, Dates.class, ResidentPortalSlice.FixedClock.class })
class StepBackControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    SteeringGroupService steeringGroups;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    private ResidentPortalSlice slice;

    private Trajectory hoonhorst;

    private String page;

    @BeforeEach
    void anoukTakesPartInHoonhorst() {
        when(currentPerson.get()).thenReturn(me);
        slice = new ResidentPortalSlice(trajectories, people, me);
        hoonhorst = slice.trajectory("Samen gezond in Hoonhorst");
        when(steeringGroups.groupOf(hoonhorst.id())).thenReturn(Optional.empty());
        page = "/portaal/trajecten/" + hoonhorst.id() + "/stoppen";
    }

    @Test
    void explainsWhatHappensToTheInputWithoutASeat() throws Exception {
        String html = html(mvc.perform(get(page).with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(StepBackController.VIEW)));

        assertThat(html).contains("<h1>Stoppen met Samen gezond in Hoonhorst</h1>")
                .contains("Wat u heeft ingebracht, blijft bewaard. U krijgt er nog steeds antwoord op.")
                .contains("Wij vragen u niets meer.")
                .doesNotContain("plek in de stuurgroep")
                .contains("<form action=\"" + page + "\" method=\"post\"")
                .contains("<button type=\"submit\" class=\"button\">Ja, ik stop</button>")
                .contains("href=\"/portaal/grenzen?traject=" + hoonhorst.id() + "\"");
    }

    @Test
    void aSeatHolderIsToldTheSeatIsFreedAndTheGroupChecked() throws Exception {
        ParticipantId mine = slice.mine(hoonhorst).id();
        SteeringGroup group = mock(SteeringGroup.class);
        when(group.holdsSeat(mine)).thenReturn(true);
        when(steeringGroups.groupOf(hoonhorst.id())).thenReturn(Optional.of(group));

        assertThat(html(mvc.perform(get(page).with(resident())).andExpect(status().isOk())))
                .contains("U heeft een plek in de stuurgroep. Die plek komt vrij. Wij kijken of de stuurgroep nog goed "
                        + "is samengesteld. De coördinator kan de plek aan iemand anders geven.");
    }

    @Test
    void stepsBackThroughTheWorkflowAndGoesToThePortal() throws Exception {
        mvc.perform(post(page).with(resident()).with(csrf()))
                .andExpect(redirectedUrl("/portaal"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("portal.step-back.notice.done")));

        verify(workflow).stepBack(hoonhorst.id(), slice.mine(hoonhorst).id(), me.id());
    }

    @Test
    void someoneWhoAlreadySteppedBackIsToldSoAndGetsNoButton() throws Exception {
        Participant mine = slice.mine(hoonhorst);
        when(mine.steppedBackAt()).thenReturn(NOW.minus(Duration.ofDays(2)));
        when(mine.isActive()).thenReturn(false);

        assertThat(html(mvc.perform(get(page).with(resident())).andExpect(status().isOk())))
                .contains("U bent op 27 november 2026 gestopt met dit traject.").doesNotContain("Ja, ik stop");
    }

    @Test
    void steppingBackTwiceIsAClearNoticeOnThePage() throws Exception {
        ParticipantId mine = slice.mine(hoonhorst).id();
        TrajectoryId id = hoonhorst.id();
        doThrow(new RuleViolationException("participantId", "step-back.already", "already stepped back"))
                .when(workflow).stepBack(id, mine, me.id());

        mvc.perform(post(page).with(resident()).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("portal.step-back.notice.already")));
    }

    @Test
    void aTrajectoryNotMineOrWhereIAmNoResidentIsNotFound() throws Exception {
        String unknown = "/portaal/trajecten/" + UUID.randomUUID() + "/stoppen";
        mvc.perform(get(unknown).with(resident())).andExpect(status().isNotFound());
        mvc.perform(post(unknown).with(resident()).with(csrf())).andExpect(status().isNotFound());

        Person professionalToo = Person.professional("Anouk Jansen", null, null, OrganisationId.random());
        when(currentPerson.get()).thenReturn(professionalToo);
        slice.join(hoonhorst, professionalToo, null);
        when(trajectories.visibleTo(hoonhorst.id(), professionalToo.id())).thenReturn(hoonhorst);
        mvc.perform(get(page).with(resident())).andExpect(status().isNotFound());
        verify(workflow, never()).stepBack(any(), any(), any());
    }

    @Test
    void professionalsAndForgedPostsAreRefused() throws Exception {
        mvc.perform(get(page).with(professional())).andExpect(status().isForbidden());
        mvc.perform(post(page).with(resident())).andExpect(status().isForbidden());
        verify(workflow, never()).stepBack(any(), any(), any());
    }
}
