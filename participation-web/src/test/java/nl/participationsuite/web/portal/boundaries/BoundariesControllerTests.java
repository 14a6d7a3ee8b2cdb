package nl.participationsuite.web.portal.boundaries;

import static nl.participationsuite.web.portal.ResidentPortalSlice.NOW;
import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
import nl.participationsuite.domain.notification.DeliveryChoice;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.NotificationService.Deliveries;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.taskforms.ParticipantNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.springframework.test.web.servlet.MockMvc;

/** A resident fills in their own motivation and boundaries per trajectory, starting from what is on record. */
@WebSliceTest(BoundariesController.class)
@Import({ ResidentMemberships.class, ParticipantNames.class, Dates.class, FormIds.class, ResidentPortalSlice.FixedClock.class })
class BoundariesControllerTests {

    private static final String PAGE = "/portaal/grenzen";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    MotivationService motivations;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    @MockitoBean
    NotificationService notifications;

    private final Person me = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    private ResidentPortalSlice slice;

    private Trajectory hoonhorst;

    @BeforeEach
    void anoukTakesPartInOneTrajectory() {
        when(currentPerson.get()).thenReturn(me);
        slice = new ResidentPortalSlice(trajectories, people, me);
        hoonhorst = slice.trajectory("Samen gezond in Hoonhorst");
        when(motivations.find(any(), any())).thenReturn(Optional.empty());
        when(notifications.deliveries(any())).thenReturn(new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.DAILY));
    }

    @Test
    void anEmptyFormWhenNothingIsOnRecord() throws Exception {
        String page = html(mvc.perform(get(PAGE).with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(BoundariesController.VIEW)));

        assertThat(page).contains("<title>Mijn motivatie en grenzen | ").contains("<h1>Mijn motivatie en grenzen</h1>")
                .contains("Voor: Samen gezond in Hoonhorst").contains("U heeft hier nog niets ingevuld.")
                .contains("<legend>Wat geeft u energie?</legend>")
                .contains("<label for=\"energySources-ORGANISING\">Dingen organiseren en regelen</label>")
                .contains("<label for=\"hoursPerMonth\">Hoeveel uur per maand wilt u meedoen?</label>")
                .contains("<legend>Hoe wilt u meedoen?</legend>").contains("<legend>Wanneer kunt u het best?</legend>")
                .contains("<label for=\"supportNeeds\">Wat heeft u nodig om mee te doen?</label>")
                .contains("<textarea id=\"supportNeeds\" name=\"supportNeeds\" rows=\"5\" "
                        + "aria-describedby=\"supportNeeds-hint\" aria-invalid=\"false\"></textarea>")
                .contains("action=\"/portaal/grenzen?traject=" + hoonhorst.id() + "\"")
                .contains("href=\"/portaal/trajecten/" + hoonhorst.id() + "/stoppen\"")
                .doesNotContain("Voor welk traject?");
        assertThat(page.substring(0, page.indexOf("deliveries-heading"))).as("the motivation form")
                .doesNotContain("checked=\"checked\"");
    }

    @Test
    void besideHowAndWhenTheResidentChoosesHowMessagesReachThem() throws Exception {
        String page = html(mvc.perform(get(PAGE).with(resident())).andExpect(status().isOk()));

        assertThat(page.substring(page.indexOf("deliveries-heading")))
                .contains("Hoe wilt u berichten krijgen?")
                .contains("action=\"/portaal/meldingen/voorkeuren\"")
                .contains("<legend>Taken voor u</legend>").contains("<legend>Ander nieuws</legend>")
                .contains("name=\"personalTasks\" id=\"personalTasks\" value=\"IMMEDIATELY\" checked=\"checked\"")
                .contains("value=\"DAILY\" checked=\"checked\"")
                .contains("Een keer per week, in een overzicht (op maandag)").contains("Niet per e-mail");
    }

    @Test
    void prefilledWithWhatIsOnRecordFromTheConversation() throws Exception {
        Person jeroen = Person.professional("Jeroen Bakker", null, null, OrganisationId.random());
        slice.join(hoonhorst, jeroen, null);
        onRecord(conversation(jeroen));

        String page = html(mvc.perform(get(PAGE).with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("Dit is ingevuld in het gesprek met Jeroen Bakker op 25 november 2026 11:00.")
                .contains("value=\"DECISION_MAKING\" checked=\"checked\"")
                .doesNotContain("value=\"BUDDY\" checked=\"checked\"")
                .contains("value=\"6\"")
                .contains("value=\"PARTICIPATION\" checked=\"checked\"").contains("value=\"EVENING\" checked=\"checked\"")
                .doesNotContain("value=\"MORNING\" checked=\"checked\"")
                .contains("aria-invalid=\"false\">Vervoer</textarea>");
    }

    @Test
    void prefilledWithWhatTheResidentFilledInBefore() throws Exception {
        Motivation mine = conversation(me);
        when(mine.source()).thenReturn(ProfileSource.RESIDENT);
        when(mine.energySources()).thenReturn(Set.of(EnergySource.BUDDY, EnergySource.ORGANISING));
        when(mine.supportNeeds()).thenReturn(null);
        onRecord(mine);

        String page = html(mvc.perform(get(PAGE).with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("U heeft dit zelf ingevuld op 25 november 2026 11:00.")
                .contains("value=\"BUDDY\" checked=\"checked\"").contains("value=\"ORGANISING\" checked=\"checked\"")
                .doesNotContain("value=\"DECISION_MAKING\" checked=\"checked\"")
                .contains("aria-invalid=\"false\"></textarea>");
    }

    @Test
    void savesANewVersionByTheResidentWithWhatGivesEnergyAndTheSupportNeeds() throws Exception {
        Person jeroen = Person.professional("Jeroen Bakker", null, null, OrganisationId.random());
        slice.join(hoonhorst, jeroen, null);
        onRecord(conversation(jeroen));

        mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("energySources", "SHARING_IDEAS", "BUDDY")
                        .param("hoursPerMonth", "2").param("preferredTimes", "WEEKEND", "MORNING")
                        .param("preferredVenueTypes", "LIBRARY")
                        .param("supportNeeds", "Iemand die meegaat naar de eerste bijeenkomst"))
                .andExpect(redirectedUrl(PAGE + "?traject=" + hoonhorst.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("portal.boundaries.notice.saved")));

        verify(motivations).record(hoonhorst.id(), new RecordMotivation(slice.mine(hoonhorst).id(),
                Set.of(EnergySource.SHARING_IDEAS, EnergySource.BUDDY), 2, Set.of(),
                Set.of(PreferredTime.WEEKEND, PreferredTime.MORNING), "Iemand die meegaat naar de eerste bijeenkomst",
                ProfileSource.RESIDENT, me.id(), Set.of(VenueType.LIBRARY)));
    }

    @Test
    void untickingEverythingAndEmptyingTheSupportNeedsRecordsNone() throws Exception {
        Person jeroen = Person.professional("Jeroen Bakker", null, null, OrganisationId.random());
        slice.join(hoonhorst, jeroen, null);
        onRecord(conversation(jeroen));

        mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("hoursPerMonth", "0").param("supportNeeds", ""))
                .andExpect(redirectedUrl(PAGE + "?traject=" + hoonhorst.id()));

        verify(motivations).record(hoonhorst.id(), new RecordMotivation(slice.mine(hoonhorst).id(), Set.of(), 0,
                Set.of(), Set.of(), "", ProfileSource.RESIDENT, me.id(), Set.of()));
    }

    @Test
    void supportNeedsLongerThanTheDomainKeepsAreAFieldErrorAndNothingIsRecorded() throws Exception {
        String page = html(mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("energySources", "ORGANISING").param("hoursPerMonth", "4")
                        .param("supportNeeds", "v".repeat(2001)))
                .andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: Mijn motivatie en grenzen")
                .contains("<a href=\"#supportNeeds\">Wat heeft u nodig om mee te doen?: Gebruik hoogstens 2.000 tekens.</a>")
                .contains("aria-describedby=\"supportNeeds-hint supportNeeds-error\" aria-invalid=\"true\"")
                .contains("value=\"ORGANISING\" checked=\"checked\"").contains("v".repeat(2001) + "</textarea>");
        verify(motivations, never()).record(any(), any());
    }

    @Test
    void withSeveralTrajectoriesTheResidentChoosesWhichOne() throws Exception {
        Trajectory dalfsen = slice.trajectory("Buurtkamer Dalfsen");

        String page = html(mvc.perform(get(PAGE).with(resident()).param("traject", dalfsen.id().toString()))
                .andExpect(status().isOk()));

        assertThat(page).contains("Voor welk traject?").contains("Voor: Buurtkamer Dalfsen")
                .contains("<a href=\"/portaal/grenzen?traject=" + dalfsen.id() + "\" aria-current=\"page\">Buurtkamer Dalfsen</a>")
                .contains("<a href=\"/portaal/grenzen?traject=" + hoonhorst.id() + "\">Samen gezond in Hoonhorst</a>");
    }

    @Test
    void hoursMissingOrOutOfRangeAreErrorsAndNothingIsRecorded() throws Exception {
        String tooMany = html(mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("hoursPerMonth", "400").param("preferredTimes", "EVENING"))
                .andExpect(status().isOk()));
        assertThat(tooMany).contains("<title>Fout: Mijn motivatie en grenzen")
                .contains("<a href=\"#hoursPerMonth\">Hoeveel uur per maand wilt u meedoen?: Vul hoogstens 160 in.</a>")
                .contains("aria-describedby=\"hoursPerMonth-hint hoursPerMonth-error\"")
                .contains("value=\"EVENING\" checked=\"checked\"").contains("value=\"400\"");

        assertThat(html(mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("hoursPerMonth", "veel"))
                .andExpect(status().isOk()))).contains("id=\"hoursPerMonth-error\"");
        verify(motivations, never()).record(any(), any());
    }

    @Test
    void aRuleTheDomainEnforcesIsShownOnItsField() throws Exception {
        when(motivations.record(eq(hoonhorst.id()), any()))
                .thenThrow(new RuleViolationException("hoursPerMonth", "motivation.hours-out-of-range", "out of range"));

        assertThat(html(mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", hoonhorst.id().toString())
                        .param("hoursPerMonth", "12"))
                .andExpect(status().isOk()))).contains("Vul een aantal uren van 0 tot en met 160 in.");
    }

    @Test
    void withoutATrajectoryThereIsNothingToSet() throws Exception {
        Person stranger = Person.resident("Henk Postma", null, null, null);
        when(currentPerson.get()).thenReturn(stranger);
        new ResidentPortalSlice(trajectories, people, stranger);

        assertThat(html(mvc.perform(get(PAGE).with(resident())).andExpect(status().isOk())))
                .contains("U doet nu niet mee aan een traject.").doesNotContain("<form action=\"/portaal/grenzen");
    }

    @Test
    void aTrajectoryNotMineOrSteppedBackFromIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        mvc.perform(get(PAGE).with(resident()).param("traject", unknown.toString())).andExpect(status().isNotFound());
        mvc.perform(post(PAGE).with(resident()).with(csrf()).param("traject", unknown.toString())
                .param("hoursPerMonth", "2")).andExpect(status().isNotFound());

        Trajectory left = slice.trajectory("Oud traject");
        Participant leftBehind = slice.mine(left);
        when(leftBehind.isActive()).thenReturn(false);
        mvc.perform(get(PAGE).with(resident()).param("traject", left.id().toString())).andExpect(status().isNotFound());
        verify(motivations, never()).record(any(), any());
    }

    @Test
    void professionalsAndForgedPostsAreRefused() throws Exception {
        mvc.perform(get(PAGE).with(professional())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(resident()).param("traject", hoonhorst.id().toString()).param("hoursPerMonth", "2"))
                .andExpect(status().isForbidden());
        verify(motivations, never()).record(any(), any());
    }

    private static Motivation conversation(Person by) {
        Motivation motivation = mock(Motivation.class);
        when(motivation.energySources()).thenReturn(Set.of(EnergySource.DECISION_MAKING));
        when(motivation.hoursPerMonth()).thenReturn(6);
        when(motivation.involvementKinds()).thenReturn(Set.of(ParticipationLevel.PARTICIPATION));
        when(motivation.preferredTimes()).thenReturn(Set.of(PreferredTime.EVENING));
        when(motivation.supportNeeds()).thenReturn("Vervoer");
        when(motivation.source()).thenReturn(ProfileSource.CONVERSATION);
        when(motivation.recordedBy()).thenReturn(by.id());
        when(motivation.recordedAt()).thenReturn(NOW.minus(Duration.ofDays(4)));
        return motivation;
    }

    private void onRecord(Motivation motivation) {
        MotivationProfile profile = mock(MotivationProfile.class);
        when(profile.motivation()).thenReturn(motivation);
        ParticipantId mine = slice.mine(hoonhorst).id();
        when(motivations.find(hoonhorst.id(), mine)).thenReturn(Optional.of(profile));
    }
}
