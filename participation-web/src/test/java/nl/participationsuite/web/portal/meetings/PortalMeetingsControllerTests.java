package nl.participationsuite.web.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.MeetingSummary;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ActiveParticipation;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.PortalSliceFixture;
import nl.participationsuite.web.portal.PortalSliceFixture.Membership;
import nl.participationsuite.web.portal.ResidentTrajectories;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A participant's meetings in the portal: the list, answering the invitation, the calendar file, and nobody else's. */
@WebSliceTest(PortalMeetingsController.class)
@Import({ PortalMeetings.class, MeetingCalendarFiles.class, ResidentTrajectories.class, Dates.class,
        PortalSliceFixture.FixedClock.class })
class PortalMeetingsControllerTests {

    /** Thursday 3 December 2026, 19:30 to 21:00 in Amsterdam. */
    private static final Instant STARTS = Instant.parse("2026-12-03T18:30:00Z");

    private static final Instant ENDS = Instant.parse("2026-12-03T20:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person anouk = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    private Membership playground;

    private final MeetingId meetingId = MeetingId.random();

    private Meeting meeting;

    private TrajectoryId trajectoryId;

    @BeforeEach
    void anoukTakesPartInATrajectoryWithAMeeting() {
        when(currentPerson.get()).thenReturn(anouk);
        when(trajectories.visibleTo(any(TrajectoryId.class), any()))
                .thenThrow(new NotFoundException("trajectory", "not Anouk's"));
        playground = PortalSliceFixture.takesPart(trajectories, anouk, "Speeltuin De Horst", new ArrayList<>());
        trajectoryId = playground.id();
        List<ActiveParticipation> mine = List.of(new ActiveParticipation(trajectoryId, "Speeltuin De Horst",
                Phase.WORKING_TOGETHER, null, playground.participant()));
        when(trajectories.activeParticipations(anouk.id())).thenReturn(mine);
        meeting = meeting(meetingId, trajectoryId);
        when(meetings.get(meetingId)).thenReturn(meeting);
    }

    @Test
    void listsTheUpcomingMeetingsWithEverythingToKnowAndMyAnswer() throws Exception {
        when(meetings.upcoming(anyCollection())).thenReturn(List.of(new MeetingSummary(meetingId, trajectoryId, STARTS,
                ENDS, "Buurthuis De Schakel, Kerkstraat 4", VenueType.NEIGHBOURHOOD_CENTRE, true, "Sanne de Wit",
                "1. Welkom\n2. De speeltuin", "Ingang zonder drempel, ringleiding", null)));
        MeetingReply reply = mock(MeetingReply.class);
        when(reply.meetingId()).thenReturn(meetingId);
        when(reply.answer()).thenReturn(ReplyAnswer.MAYBE);
        when(meetings.replies(anyCollection(), anyCollection())).thenReturn(List.of(reply));
        when(meetings.past(anyCollection(), anyInt())).thenReturn(List.of(new MeetingSummary(MeetingId.random(),
                trajectoryId, Instant.parse("2026-11-05T18:30:00Z"), Instant.parse("2026-11-05T20:00:00Z"),
                "Bibliotheek", VenueType.LIBRARY, false, null, null, null, "We kozen de plek van de speeltuin.")));

        String page = html(mvc.perform(get("/portaal/bijeenkomsten").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<h1>Bijeenkomsten</h1>").contains("Speeltuin De Horst")
                .contains("3 december 2026 19:30").contains("tot 21:00")
                .contains("Buurthuis De Schakel, Kerkstraat 4 (buurthuis)")
                .contains("Sanne de Wit (neutraal").contains("Ingang zonder drempel, ringleiding")
                .contains("2. De speeltuin")
                .contains("Uw antwoord:</span> <strong>Misschien</strong>")
                .contains("<input type=\"radio\" name=\"answer\" id=\"answer-1-MAYBE\" value=\"MAYBE\" checked=\"checked\">")
                .contains("action=\"/portaal/bijeenkomsten/" + meetingId + "/antwoord\"")
                .contains("href=\"/portaal/bijeenkomsten/" + meetingId + "/agenda.ics\"")
                .contains("Eerdere bijeenkomsten").contains("We kozen de plek van de speeltuin.");
    }

    @Test
    void showsACancelledMeetingAsCancelledWithTheReasonAndNoLongerAsksForAnAnswer() throws Exception {
        when(meetings.upcoming(anyCollection())).thenReturn(List.of(new MeetingSummary(meetingId, trajectoryId, STARTS,
                ENDS, "Buurthuis De Schakel", VenueType.NEIGHBOURHOOD_CENTRE, true, "Sanne de Wit", null, null, null,
                "De zaal is niet beschikbaar")));
        when(meetings.replies(anyCollection(), anyCollection())).thenReturn(List.of());
        when(meetings.past(anyCollection(), anyInt())).thenReturn(List.of());

        String page = html(mvc.perform(get("/portaal/bijeenkomsten").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("3 december 2026 19:30").contains("Gaat niet door")
                .contains("Deze bijeenkomst gaat niet door. De reden: De zaal is niet beschikbaar")
                .doesNotContain("action=\"/portaal/bijeenkomsten/" + meetingId + "/antwoord\"")
                .doesNotContain("name=\"answer\"").doesNotContain("agenda.ics");
    }

    @Test
    void tellsSomeoneWhoTakesPartInNothing() throws Exception {
        when(trajectories.activeParticipations(anouk.id())).thenReturn(List.of());

        String page = html(mvc.perform(get("/portaal/bijeenkomsten").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("U doet op dit moment niet mee aan een traject.");
        verify(meetings, never()).upcoming(anyCollection());
    }

    @Test
    void recordsMyAnswerAndGoesBackToTheMeeting() throws Exception {
        mvc.perform(post("/portaal/bijeenkomsten/" + meetingId + "/antwoord").param("answer", "YES")
                        .with(resident()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portaal/bijeenkomsten#meeting-" + meetingId))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("portal.meetings.notice.replied.YES")));

        verify(meetings).reply(meetingId, playground.participant(), ReplyAnswer.YES);
    }

    @Test
    void asksForAnAnswerWhenNoneIsChosenOrItIsUnknown() throws Exception {
        when(meetings.upcoming(anyCollection())).thenReturn(List.of(new MeetingSummary(meetingId, trajectoryId, STARTS,
                ENDS, "Bibliotheek", VenueType.LIBRARY, false, null, null, null, null)));

        for (String answer : new String[] { null, "PERHAPS" }) {
            String page = html(mvc.perform(post("/portaal/bijeenkomsten/" + meetingId + "/antwoord")
                            .param("answer", answer).with(resident()).with(csrf()))
                    .andExpect(status().isOk()));
            assertThat(page).contains("<title>Fout: Bijeenkomsten")
                    .contains("aria-describedby=\"answer-1-error\"")
                    .contains("<p class=\"field-error\" id=\"answer-1-error\">Kies of u komt.</p>");
        }
        verify(meetings, never()).reply(any(), any(), any());
    }

    @Test
    void saysWhyTheDomainRefusedTheAnswer() throws Exception {
        when(meetings.upcoming(anyCollection())).thenReturn(List.of(new MeetingSummary(meetingId, trajectoryId, STARTS,
                ENDS, "Bibliotheek", VenueType.LIBRARY, false, null, null, null, null)));
        when(meetings.reply(meetingId, playground.participant(), ReplyAnswer.NO))
                .thenThrow(new RuleViolationException("answer", "meeting.reply-after-meeting", "over"));

        String page = html(mvc.perform(post("/portaal/bijeenkomsten/" + meetingId + "/antwoord").param("answer", "NO")
                        .with(resident()).with(csrf()))
                .andExpect(status().isOk()));

        assertThat(page).contains("Deze bijeenkomst is al voorbij.");
    }

    @Test
    void downloadsACalendarFileInAmsterdamTimeWithAStableUid() throws Exception {
        when(meeting.agenda()).thenReturn("1. Welkom\n2. De speeltuin");
        when(meeting.facilitatorName()).thenReturn("Sanne de Wit");
        when(meeting.accessibilityNotes()).thenReturn("Ringleiding");

        String first = mvc.perform(get("/portaal/bijeenkomsten/" + meetingId + "/agenda.ics").with(resident()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"bijeenkomst-2026-12-03.ics\""))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/portaal/bijeenkomsten/" + meetingId + "/agenda.ics").with(resident()))
                .andReturn().getResponse().getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(first));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        DtStart<ZonedDateTime> start = event.<ZonedDateTime>getDateTimeStart().orElseThrow();
        String zone = start.<TzId>getParameter("TZID").orElseThrow().getValue();
        assertThat(zone).isEqualTo("Europe/Amsterdam");
        String local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(STARTS.atZone(ZoneId.of(zone)));
        assertThat(local).isEqualTo("20261203T193000");
        assertThat(first).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;TZID=Europe/Amsterdam:" + local)
                .contains("DTEND;TZID=Europe/Amsterdam:20261203T210000");
        assertThat(calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow().getTimeZoneId().orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(meetingId + "@meetings.participation-suite");
        assertThat(new CalendarBuilder().build(new StringReader(second)).<VEvent>getComponent("VEVENT").orElseThrow()
                .getUid().orElseThrow().getValue()).isEqualTo(meetingId + "@meetings.participation-suite");
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Bijeenkomst: Speeltuin De Horst");
        assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("Buurthuis De Schakel (buurthuis)");
        assertThat(event.<Property>getProperty("DESCRIPTION").orElseThrow().getValue()).contains("2. De speeltuin")
                .contains("Gespreksleider: Sanne de Wit").contains("Toegankelijkheid: Ringleiding");
    }

    @Test
    void aMeetingOfAnotherTrajectoryOrAnUnknownOneIsNotFound() throws Exception {
        MeetingId elsewhere = MeetingId.random();
        Meeting theirs = meeting(elsewhere, TrajectoryId.random());
        when(meetings.get(elsewhere)).thenReturn(theirs);
        MeetingId unknown = MeetingId.random();
        when(meetings.get(unknown)).thenThrow(new NotFoundException("meeting", unknown));

        for (MeetingId id : List.of(elsewhere, unknown)) {
            mvc.perform(get("/portaal/bijeenkomsten/" + id + "/agenda.ics").with(resident()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/portaal/bijeenkomsten/" + id + "/antwoord").param("answer", "YES")
                    .with(resident()).with(csrf())).andExpect(status().isNotFound());
        }
        verify(meetings, never()).reply(any(), any(), any());
    }

    @Test
    void needsTheCsrfTokenAndTheResidentRole() throws Exception {
        mvc.perform(post("/portaal/bijeenkomsten/" + meetingId + "/antwoord").param("answer", "YES").with(resident()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portaal/bijeenkomsten").with(oidcLogin().authorities(Role.MANAGER.authority())))
                .andExpect(status().isForbidden());
        verify(meetings, never()).reply(any(), any(), any());
    }

    private Meeting meeting(MeetingId id, TrajectoryId trajectoryId) {
        Meeting meeting = mock(Meeting.class);
        when(meeting.id()).thenReturn(id);
        when(meeting.trajectoryId()).thenReturn(trajectoryId);
        when(meeting.startsAt()).thenReturn(STARTS);
        when(meeting.endsAt()).thenReturn(ENDS);
        when(meeting.venueName()).thenReturn("Buurthuis De Schakel");
        when(meeting.venueType()).thenReturn(VenueType.NEIGHBOURHOOD_CENTRE);
        return meeting;
    }

    private static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }
}
