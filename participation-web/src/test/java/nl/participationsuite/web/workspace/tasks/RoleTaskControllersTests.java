package nl.participationsuite.web.workspace.tasks;

import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.coordinator;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.resident;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.squeezed;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.roles.ResidentBoundary;
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
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome.Proposal;
import nl.participationsuite.workflow.roles.RoleRenegotiationOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Proposing roles to everyone taking part and renegotiating one: the residents' boundaries, the checks and the outcomes. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, RoleProposalTaskForm.class,
        RoleRenegotiationTaskForm.class, TaskParticipants.class, Dates.class, FormIds.class,
        TaskFormFixture.FixedClock.class })
class RoleTaskControllersTests {

    private static final String PROPOSAL = "/werkruimte/taken/t-propose/rollen-voorstellen";

    private static final String RENEGOTIATION = "/werkruimte/taken/t-renegotiate/rolafspraak-heronderhandelen";

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

    @MockitoBean
    RoleAgreementService roles;

    private TaskFormFixture fixture;

    private ParticipantId fatima;

    private ParticipantId jeroen;

    @BeforeEach
    void aResidentWithAProfileAProfessionalAndOneWhoSteppedBack() {
        fixture = new TaskFormFixture(workflow, trajectories, currentPerson, people);
        Person fatimaPerson = Person.resident("Fatima El Amrani", null, null, null);
        fatima = fixture.participant(fatimaPerson, true).id();
        jeroen = fixture.participant(Person.professional("Jeroen Bakker", null, null, OrganisationId.random()), true).id();
        fixture.participant(Person.resident("Gerrit Mulder", null, null, null), false);
        MotivationProfile profile = profile(fatima, 8);
        when(motivations.list(fixture.trajectoryId)).thenReturn(List.of(profile));
        when(motivations.find(fixture.trajectoryId, fatima)).thenReturn(Optional.of(profile));
        fixture.task("t-propose", Activities.PROPOSE_ROLE_AGREEMENTS, FormKeys.ROLE_PROPOSAL, Map.of());
        fixture.task("t-renegotiate", Activities.RENEGOTIATE_ROLE_AGREEMENT, FormKeys.ROLE_RENEGOTIATION,
                Map.of(VariableNames.AGREEMENT_HOLDER_ID, fatimaPerson.id().toString()));
        fixture.task("t-other", Activities.DRAFT_VISION, FormKeys.VISION_DRAFT, Map.of());
    }

    @Test
    void oneProposalPerParticipantStillTakingPartWithEachResidentsMotivationAlongside() throws Exception {
        String page = squeezed(mvc.perform(get(PROPOSAL).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/role-proposal"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Rolafspraken voorstellen</h1>")
                .contains("Een voorstel voor elk van de 2 deelnemers")
                .contains("<span class=\"legend-heading\">Fatima El Amrani (inwoner)</span>")
                .contains("<span class=\"legend-heading\">Jeroen Bakker (professional)</span>")
                .doesNotContain("Gerrit Mulder")
                .contains("<input type=\"hidden\" name=\"proposals[0].participantId\" value=\"" + fatima + "\">")
                .contains("<input type=\"hidden\" name=\"proposals[1].participantId\" value=\"" + jeroen + "\">")
                .contains("Wat Fatima El Amrani vertelde in het motivatiegesprek")
                .contains("<dd>8 uur per maand</dd>").contains("Avond").contains("Meebeslissen")
                .contains("Meedoen en meebeslissen: initiatieven, stuurgroep, dorps- en cliëntenraden")
                .contains("<label for=\"proposals-0-role\">Rol</label>")
                .contains("<option value=\"BUDDY\">Maatje</option>")
                .contains("<label for=\"proposals-1-hoursPerMonth\">Uren per maand</label>")
                .contains("type=\"number\" id=\"proposals-1-hoursPerMonth\" name=\"proposals[1].hoursPerMonth\"")
                .contains("<label for=\"proposals-0-supportAgreed\">Welke ondersteuning krijgt de deelnemer?</label>")
                .contains("Rollen voorstellen").contains("name=\"_csrf\"");
    }

    @Test
    void theProposalsBecomeTheOutcomeInTheOrderOfTheParticipants() throws Exception {
        mvc.perform(post(PROPOSAL).with(coordinator()).with(csrf())
                        .param("proposals[0].participantId", jeroen.toString())
                        .param("proposals[0].role", "PROFESSIONAL_SUPPORT")
                        .param("proposals[0].responsibilities", "Ondersteunt de stuurgroep")
                        .param("proposals[0].hoursPerMonth", "12").param("proposals[0].supportAgreed", " ")
                        .param("proposals[1].participantId", fatima.toString())
                        .param("proposals[1].role", "DECISION_MAKER")
                        .param("proposals[1].responsibilities", " Denkt mee in de stuurgroep ")
                        .param("proposals[1].hoursPerMonth", "8").param("proposals[1].supportAgreed", "Reiskosten"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + fixture.trajectoryId));

        verify(workflow).complete("t-propose", fixture.me.id(), new RoleProposalOutcome(List.of(
                new Proposal(fatima, Role.DECISION_MAKER, "Denkt mee in de stuurgroep", 8, "Reiskosten"),
                new Proposal(jeroen, Role.PROFESSIONAL_SUPPORT, "Ondersteunt de stuurgroep", 12, null))));
    }

    @Test
    void missingTermsAndMoreHoursThanAnAgreementHoldsAreRefusedOnTheirRow() throws Exception {
        String page = squeezed(mvc.perform(post(PROPOSAL).with(coordinator()).with(csrf())
                        .param("proposals[0].participantId", fatima.toString())
                        .param("proposals[0].role", "BUDDY")
                        .param("proposals[0].responsibilities", "Maatje voor nieuwe bewoners")
                        .param("proposals[0].hoursPerMonth", "10")
                        .param("proposals[1].participantId", jeroen.toString())
                        .param("proposals[1].role", "")
                        .param("proposals[1].responsibilities", "")
                        .param("proposals[1].hoursPerMonth", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<title>Fout: Rolafspraken voorstellen")
                .doesNotContain("href=\"#proposals-0-hoursPerMonth\"")
                .contains("<a href=\"#proposals-1-role\">Rol: Kies een van de mogelijkheden.</a>")
                .contains("<a href=\"#proposals-1-responsibilities\">Wat neemt de deelnemer op zich?: Vul dit veld in.</a>")
                .contains("<a href=\"#proposals-1-hoursPerMonth\">Uren per maand: Vul hoogstens 160 in.</a>")
                .contains("id=\"proposals-1-hoursPerMonth-error\"")
                .contains("aria-describedby=\"proposals-1-role-hint proposals-1-role-error\"")
                .contains("<option value=\"BUDDY\" selected=\"selected\">Maatje</option>")
                .contains("value=\"200\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aNumberThatIsNoNumberIsAnErrorOnItsField() throws Exception {
        String page = squeezed(mvc.perform(post(PROPOSAL).with(coordinator()).with(csrf())
                        .param("proposals[0].participantId", fatima.toString())
                        .param("proposals[0].role", "BUDDY").param("proposals[0].responsibilities", "Maatje")
                        .param("proposals[0].hoursPerMonth", "veel")
                        .param("proposals[1].participantId", jeroen.toString())
                        .param("proposals[1].role", "BUDDY").param("proposals[1].responsibilities", "Maatje")
                        .param("proposals[1].hoursPerMonth", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<a href=\"#proposals-0-hoursPerMonth\">Uren per maand: "
                + "Vul een heel getal in, van 0 tot en met 160.</a>")
                .contains("value=\"veel\"").doesNotContain("type=\"radio\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void moreHoursThanTheResidentWantsToGiveIsTheDomainsRefusalShownOnTheirRow() throws Exception {
        doThrow(new RuleViolationException("proposals[0].hoursPerMonth", ResidentBoundary.HOURS_BEYOND_BOUNDARY, "beyond"))
                .when(workflow).complete(eq("t-propose"), eq(fixture.me.id()), any());

        String page = squeezed(mvc.perform(post(PROPOSAL).with(coordinator()).with(csrf())
                        .param("proposals[0].participantId", fatima.toString())
                        .param("proposals[0].role", "BUDDY").param("proposals[0].responsibilities", "Maatje")
                        .param("proposals[0].hoursPerMonth", "10")
                        .param("proposals[1].participantId", jeroen.toString())
                        .param("proposals[1].role", "BUDDY").param("proposals[1].responsibilities", "Maatje")
                        .param("proposals[1].hoursPerMonth", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<title>Fout: Rolafspraken voorstellen")
                .contains("<a href=\"#proposals-0-hoursPerMonth\">Uren per maand: "
                        + "Meer uren dan deze inwoner wil geven. Kijk wat de inwoner zelf aangaf en stel niet meer voor.</a>")
                .contains("id=\"proposals-0-hoursPerMonth-error\"")
                .doesNotContain("id=\"proposals-1-hoursPerMonth-error\"")
                .contains("value=\"10\"");
    }

    @Test
    void aRuleTheDomainEnforcesOnTheWholeListShowsAboveTheRows() throws Exception {
        doThrow(new RuleViolationException("proposals", "roles.proposal-missing", "missing"))
                .when(workflow).complete(eq("t-propose"), eq(fixture.me.id()), any());

        String page = squeezed(mvc.perform(post(PROPOSAL).with(coordinator()).with(csrf())
                        .param("proposals[0].participantId", fatima.toString())
                        .param("proposals[0].role", "BUDDY").param("proposals[0].responsibilities", "Maatje")
                        .param("proposals[0].hoursPerMonth", "4")
                        .param("proposals[1].participantId", jeroen.toString())
                        .param("proposals[1].role", "BUDDY").param("proposals[1].responsibilities", "Maatje")
                        .param("proposals[1].hoursPerMonth", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<a href=\"#proposals\">Niet iedere deelnemer heeft een voorstel. Open de taak opnieuw.</a>")
                .contains("id=\"proposals-error\"");
    }

    @Test
    void theRenegotiationShowsTheRequestAndStartsFromTheCurrentTerms() throws Exception {
        currentAgreement();

        String page = squeezed(mvc.perform(get(RENEGOTIATION).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/role-renegotiation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Rolafspraak opnieuw bespreken</h1>")
                .contains("Wat Fatima El Amrani wil veranderen")
                .contains("<blockquote class=\"quote\">Liever minder uren, ik werk ook.</blockquote>")
                .contains("<dd>Maatje</dd>").contains("<dd>6 uur per maand</dd>")
                .contains("<dd>Geen ondersteuning afgesproken</dd>")
                .contains("<dd>8 uur per maand</dd>")
                .contains("<option value=\"BUDDY\" selected=\"selected\">Maatje</option>")
                .contains(">Maatje voor nieuwe bewoners</textarea>")
                .contains("id=\"hoursPerMonth\" name=\"hoursPerMonth\" value=\"6\"")
                .contains("Fatima El Amrani krijgt daarna een taak");
    }

    @Test
    void theRevisedTermsBecomeTheOutcomeAndWrongOnesComeBackOnTheirField() throws Exception {
        currentAgreement();

        String page = squeezed(mvc.perform(post(RENEGOTIATION).with(coordinator()).with(csrf())
                        .param("role", "BUDDY").param("responsibilities", " ").param("hoursPerMonth", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("<a href=\"#responsibilities\">Wat neemt de deelnemer op zich?: Vul dit veld in.</a>")
                .contains("<a href=\"#hoursPerMonth\">Uren per maand: Vul een heel getal in, van 0 tot en met 160.</a>")
                .contains("Liever minder uren, ik werk ook.");
        verify(workflow, never()).complete(any(), any(), any());

        mvc.perform(post(RENEGOTIATION).with(coordinator()).with(csrf())
                        .param("role", "BUDDY").param("responsibilities", "Maatje, twee avonden")
                        .param("hoursPerMonth", "4").param("supportAgreed", ""))
                .andExpect(redirectedUrl("/werkruimte?traject=" + fixture.trajectoryId));
        verify(workflow).complete("t-renegotiate", fixture.me.id(),
                new RoleRenegotiationOutcome(Role.BUDDY, "Maatje, twee avonden", 4, null));
    }

    @Test
    void aRuleTheDomainEnforcesOnTheTermsShowsOnItsField() throws Exception {
        currentAgreement();
        doThrow(new RuleViolationException("hoursPerMonth", "roles.hours-out-of-range", "out of range"))
                .when(workflow).complete(eq("t-renegotiate"), eq(fixture.me.id()), any());

        String page = squeezed(mvc.perform(post(RENEGOTIATION).with(coordinator()).with(csrf())
                        .param("role", "BUDDY").param("responsibilities", "Maatje").param("hoursPerMonth", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("<a href=\"#hoursPerMonth\">Uren per maand: Vul een aantal uren van 0 tot en met 160 in.</a>")
                .contains("id=\"hoursPerMonth-error\"");
    }

    @Test
    void revisedHoursBeyondTheResidentsBoundaryAreTheDomainsRefusalShownOnTheField() throws Exception {
        currentAgreement();
        doThrow(new RuleViolationException("hoursPerMonth", ResidentBoundary.HOURS_BEYOND_BOUNDARY, "beyond"))
                .when(workflow).complete(eq("t-renegotiate"), eq(fixture.me.id()), any());

        String page = squeezed(mvc.perform(post(RENEGOTIATION).with(coordinator()).with(csrf())
                        .param("role", "BUDDY").param("responsibilities", "Maatje").param("hoursPerMonth", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("<a href=\"#hoursPerMonth\">Uren per maand: "
                        + "Meer uren dan deze inwoner wil geven. Kijk wat de inwoner zelf aangaf en stel niet meer voor.</a>")
                .contains("id=\"hoursPerMonth-error\"").contains("value=\"12\"");
    }

    @Test
    void aTaskOfAnotherKindIsNotFoundAndOnlyProfessionalsWithATokenGetIn() throws Exception {
        mvc.perform(get("/werkruimte/taken/t-other/rollen-voorstellen").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-propose/rolafspraak-heronderhandelen").with(coordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(get(PROPOSAL).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(RENEGOTIATION).with(coordinator()).param("role", "BUDDY")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }

    private void currentAgreement() {
        RoleAgreement agreement = mock(RoleAgreement.class);
        when(agreement.participantId()).thenReturn(fatima);
        when(agreement.role()).thenReturn(Role.BUDDY);
        when(agreement.responsibilities()).thenReturn("Maatje voor nieuwe bewoners");
        when(agreement.hoursPerMonth()).thenReturn(6);
        when(agreement.renegotiationComment()).thenReturn("Liever minder uren, ik werk ook.");
        when(roles.current(fixture.trajectoryId, fatima)).thenReturn(Optional.of(agreement));
    }

    private static MotivationProfile profile(ParticipantId participant, int hours) {
        Motivation motivation = mock(Motivation.class);
        when(motivation.hoursPerMonth()).thenReturn(hours);
        when(motivation.involvementKinds()).thenReturn(Set.of(ParticipationLevel.PARTICIPATION));
        when(motivation.preferredTimes()).thenReturn(Set.of(PreferredTime.EVENING));
        when(motivation.energySources()).thenReturn(Set.of(EnergySource.DECISION_MAKING));
        MotivationProfile profile = mock(MotivationProfile.class);
        when(profile.participantId()).thenReturn(participant);
        when(profile.motivation()).thenReturn(motivation);
        return profile;
    }
}
