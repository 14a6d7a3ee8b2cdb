package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ParticipantNames;

import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.NOW;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.html;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.professional;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Recording the motivation conversation with a resident, building on what the resident filled in. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, MotivationTaskForm.class,
        MotivationContext.class, ParticipantNames.class, Dates.class, FormIds.class, TaskFormSlice.FixedClock.class })
class MotivationTaskControllerTests {

    private static final String FORM = "/werkruimte/taken/t-motivation/motivatie";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    @MockitoBean
    MotivationService motivations;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private TaskFormSlice slice;

    private ParticipantId fatima;

    @BeforeEach
    void aConversationWithFatima() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        slice.join(me);
        Participant resident = slice.join(Person.resident("Fatima El Amrani", null, null, null));
        fatima = resident.id();
        when(motivations.find(slice.trajectoryId(), fatima)).thenReturn(Optional.empty());
        slice.task("t-motivation", Activities.MOTIVATION_CONVERSATION, FormKeys.MOTIVATION,
                Map.of(VariableNames.RESIDENT_PARTICIPANT_ID, fatima.toString()));
    }

    @Test
    void showsWhoTheConversationIsWithAndAllTheFields() throws Exception {
        String page = html(mvc.perform(get(FORM).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/motivation")));

        assertThat(page).contains("<h1>Motivatiegesprek voeren</h1>")
                .contains("Gesprek met Fatima El Amrani")
                .contains("De inwoner heeft zelf nog niets ingevuld")
                .contains("<legend>Waar krijgt de inwoner energie van?</legend>")
                .contains("<input type=\"checkbox\" name=\"energySources\" id=\"energySources\" value=\"DECISION_MAKING\">")
                .contains("<label for=\"energySources-BUDDY\">Een ander persoonlijk steunen, als maatje</label>")
                .contains("<label for=\"hoursPerMonth\">Hoeveel uur per maand wil de inwoner meedoen?</label>")
                .contains("type=\"number\" id=\"hoursPerMonth\"")
                .contains("<label for=\"involvementKinds-COMMUNICATION\">")
                .contains("<label for=\"preferredTimes-EVENING\">Avond</label>")
                .contains("<label for=\"supportNeeds\">Wat heeft de inwoner nodig om mee te doen?</label>");
    }

    @Test
    void showsWhatTheResidentFilledInEarlier() throws Exception {
        Motivation earlier = mock(Motivation.class);
        when(earlier.energySources()).thenReturn(Set.of(EnergySource.ORGANISING));
        when(earlier.hoursPerMonth()).thenReturn(10);
        when(earlier.involvementKinds()).thenReturn(Set.of(ParticipationLevel.PARTICIPATION));
        when(earlier.preferredTimes()).thenReturn(Set.of());
        when(earlier.supportNeeds()).thenReturn("Iemand die meegaat naar de eerste keer");
        when(earlier.source()).thenReturn(ProfileSource.RESIDENT);
        when(earlier.recordedAt()).thenReturn(NOW.minus(Duration.ofDays(4)));
        MotivationProfile profile = mock(MotivationProfile.class);
        when(profile.motivation()).thenReturn(earlier);
        when(motivations.find(slice.trajectoryId(), fatima)).thenReturn(Optional.of(profile));

        String page = html(mvc.perform(get(FORM).with(professional())).andExpect(status().isOk()));

        assertThat(page).contains("De inwoner vulde dit zelf in op 25 november 2026 11:00:")
                .contains("<li>Dingen organiseren en regelen</li>").contains("Hoogstens 10 uur per maand")
                .contains("<li>Meedoen en meebeslissen: initiatieven, stuurgroep, dorps- en cliëntenraden</li>")
                .contains("Niets ingevuld").contains("Iemand die meegaat naar de eerste keer");
    }

    @Test
    void recordsTheConversationAsTheTypedOutcome() throws Exception {
        mvc.perform(post(FORM).with(professional()).with(csrf())
                        .param("energySources", "BUDDY", "SHARING_IDEAS").param("hoursPerMonth", "8")
                        .param("involvementKinds", "CONSULTATION").param("preferredTimes", "EVENING", "WEEKEND")
                        .param("supportNeeds", "Vervoer naar de bijeenkomsten"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-motivation", me.id(), new MotivationOutcome(
                Set.of(EnergySource.BUDDY, EnergySource.SHARING_IDEAS), 8, Set.of(ParticipationLevel.CONSULTATION),
                Set.of(PreferredTime.EVENING, PreferredTime.WEEKEND), "Vervoer naar de bijeenkomsten"));
    }

    @Test
    void nothingTickedCountsAsNone() throws Exception {
        mvc.perform(post(FORM).with(professional()).with(csrf()).param("hoursPerMonth", "0"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-motivation", me.id(), new MotivationOutcome(Set.of(), 0, Set.of(), Set.of(), null));
    }

    @Test
    void hoursOutsideTheLimitsOrMissingAreErrorsAndTheTickedBoxesStay() throws Exception {
        String tooMany = html(mvc.perform(post(FORM).with(professional()).with(csrf())
                        .param("energySources", "BUDDY").param("hoursPerMonth", "400"))
                .andExpect(status().isOk()));
        assertThat(tooMany).contains("<a href=\"#hoursPerMonth\">Hoeveel uur per maand wil de inwoner meedoen?: Vul hoogstens 160 in.</a>")
                .contains("aria-describedby=\"hoursPerMonth-hint hoursPerMonth-error\"")
                .contains("value=\"BUDDY\" checked=\"checked\"").contains("value=\"400\"");

        assertThat(html(mvc.perform(post(FORM).with(professional()).with(csrf())).andExpect(status().isOk())))
                .contains("<a href=\"#hoursPerMonth\">Hoeveel uur per maand wil de inwoner meedoen?: Kies een van de mogelijkheden.</a>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aRuleTheDomainEnforcesIsShownOnItsField() throws Exception {
        doThrow(new RuleViolationException("hoursPerMonth", "motivation.hours-out-of-range", "out of range"))
                .when(workflow).complete(eq("t-motivation"), eq(me.id()), any());

        assertThat(html(mvc.perform(post(FORM).with(professional()).with(csrf()).param("hoursPerMonth", "12"))
                .andExpect(status().isOk()))).contains("id=\"hoursPerMonth-error\"")
                .contains("Vul een aantal uren van 0 tot en met 160 in.");
    }

    @Test
    void aTaskNotMineIsNotFoundAndResidentsAndForgedPostsAreRefused() throws Exception {
        when(workflow.task("t-gone", me.id())).thenThrow(new NotFoundException("task", "t-gone"));

        mvc.perform(get("/werkruimte/taken/t-gone/motivatie").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get(FORM).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(FORM).with(professional()).param("hoursPerMonth", "4")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
