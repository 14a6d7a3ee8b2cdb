package nl.participationsuite.web.workspace.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.involvement.NetworkKind;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.workspace.trajectory.TrajectoryOverview.Moment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(TrajectoryController.class)
class TrajectoryControllerTests {

    private static final UUID FATIMA = UUID.fromString("3f0c6d55-7d0b-4a53-9d0e-2a1f4c8b9e01");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryOverviews overviews;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private final UUID id = UUID.randomUUID();

    @BeforeEach
    void aLinkedProfessional() {
        when(currentPerson.get()).thenReturn(me);
    }

    @Test
    void listsTheTrajectoriesInMyScopeWithPhaseInWordsAndCoordinator() throws Exception {
        when(overviews.list(me.id(), 1, null)).thenReturn(new TrajectoryList(List.of(row(1)), 1, 1, 1, null, null, null));

        String page = html(mvc.perform(get("/werkruimte/trajecten").with(professional()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrajectoryController.LIST_VIEW))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Trajecten</h1>").contains("<caption id=\"trajectories-caption\">")
                .contains("<th scope=\"col\">Fase</th>").contains("PT-2026-0001")
                .contains("<a href=\"/werkruimte/trajecten/" + id + "\">Traject 1</a>").contains("<td>Lemelerveld</td>")
                .contains("<td>Samenwerken</td>").contains("<td>Marieke de Vries</td>")
                .doesNotContain("class=\"pagination\"").doesNotContain("Pagina 1 van 1");
    }

    @Test
    void pagesTheListWithDutchLinksThatSayWhereYouAre() throws Exception {
        List<TrajectoryList.Row> rows = new ArrayList<>();
        for (int i = 21; i <= 40; i++) {
            rows.add(row(i));
        }
        when(overviews.list(me.id(), 2, null)).thenReturn(new TrajectoryList(rows, 95, 2, 5, null, "/werkruimte/trajecten",
                "/werkruimte/trajecten?pagina=3"));

        String page = html(mvc.perform(get("/werkruimte/trajecten").param("pagina", "2").with(professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(count(page, "<tr>")).isEqualTo(1 + 20);
        assertThat(page).contains("<nav class=\"pagination\" aria-label=\"Pagina&#39;s van de trajecten\">")
                .contains("<span>Pagina 2 van 5</span>")
                .contains("<a href=\"/werkruimte/trajecten\" rel=\"prev\">Vorige pagina</a>")
                .contains("<a href=\"/werkruimte/trajecten?pagina=3\" rel=\"next\">Volgende pagina</a>");
    }

    @Test
    void filtersOnAPhaseThatThePageLinksKeepAndIgnoresAnUnknownOne() throws Exception {
        when(overviews.list(me.id(), 1, Phase.WORKING_TOGETHER)).thenReturn(new TrajectoryList(List.of(row(1)), 21, 1, 2,
                Phase.WORKING_TOGETHER, null, "/werkruimte/trajecten?fase=WORKING_TOGETHER&pagina=2"));
        when(overviews.list(me.id(), 1, null)).thenReturn(new TrajectoryList(List.of(), 0, 1, 1, null, null, null));
        when(overviews.list(me.id(), 1, Phase.CLOSED)).thenReturn(new TrajectoryList(List.of(), 0, 1, 1, Phase.CLOSED,
                null, null));

        String page = html(mvc.perform(get("/werkruimte/trajecten").param("fase", "WORKING_TOGETHER").with(professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<label for=\"fase\">Fase</label>")
                .contains("<option value=\"WORKING_TOGETHER\" selected=\"selected\">Samenwerken</option>")
                .contains("<option value=\"\">Alle fases</option>")
                .contains("<a href=\"/werkruimte/trajecten?fase=WORKING_TOGETHER&amp;pagina=2\" rel=\"next\">");
        mvc.perform(get("/werkruimte/trajecten").param("fase", "DROP TABLE").with(professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog geen trajecten.")));
        mvc.perform(get("/werkruimte/trajecten").param("fase", "CLOSED").with(professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen trajecten in deze fase.")))
                .andExpect(content().string(containsString("<select id=\"fase\" name=\"fase\">")));
    }

    @Test
    void saysThereAreNoTrajectoriesYetAndOffersCoordinatorsToStartOne() throws Exception {
        when(overviews.list(me.id(), 1, null)).thenReturn(new TrajectoryList(List.of(), 0, 1, 1, null, null, null));

        mvc.perform(get("/werkruimte/trajecten").with(professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog geen trajecten.")))
                .andExpect(content().string(not(containsString("<table"))))
                .andExpect(content().string(not(containsString("href=\"/werkruimte/trajecten/nieuw\""))));
        mvc.perform(get("/werkruimte/trajecten").with(coordinator()))
                .andExpect(content().string(containsString("Nog geen trajecten.")))
                .andExpect(content().string(containsString("href=\"/werkruimte/trajecten/nieuw\">Een traject starten</a>")));
    }

    @Test
    void showsEverySectionOfTheTrajectoryInOrderWithATableOfContents() throws Exception {
        when(overviews.overview(new TrajectoryId(id), me.id(), Locale.forLanguageTag("nl"))).thenReturn(overview(true));

        String page = html(mvc.perform(get("/werkruimte/trajecten/" + id).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrajectoryController.OVERVIEW_VIEW))
                .andReturn().getResponse().getContentAsString());

        List<String> sections = List.of("phases", "participants", "vision", "agreements", "steering", "rounds", "inputs",
                "successes", "meetings", "support", "conditions", "actions");
        int previous = page.indexOf("<nav class=\"toc\"");
        assertThat(previous).isPositive();
        for (String section : sections) {
            assertThat(page).contains("<a href=\"#" + section + "\">");
            int at = page.indexOf("<section id=\"" + section + "\"");
            assertThat(at).as(section).isGreaterThan(previous);
            previous = at;
        }
        assertThat(page).contains("<h2 id=\"phases-heading\">Fasen</h2>").contains("Ronde 1 van het traject.")
                .contains("<li class=\"step step-done\"> <span>Inwoners vroeg betrekken</span> <span class=\"step-state\">(klaar)</span>")
                .contains("<li class=\"step step-current\" aria-current=\"step\"> <span>Samenwerken</span> <span class=\"step-state\">(nu)</span>")
                .contains("<li class=\"step step-next\"> <span>Evaluatie</span>");
        assertThat(section(page, "participants")).contains("<th scope=\"row\">Fatima El Amrani</th>")
                .contains("<td>Inwoner</td>").contains("Meebeslisser").contains("Bestaand netwerk")
                .contains("(Dorpsraad Lemelerveld)").contains("Gestopt op").contains("Geworven inwoners: 3 van minimaal 5.")
                .contains("Manieren van werven: 2 van minimaal 1.")
                .contains("Eén manier van werven is genoeg, omdat: Alleen de dorpsraad bereikt dit gehucht.")
                .contains("Dorpsraad Lemelerveld</strong> <span>(dorps- of wijkraad)</span>")
                .contains("href=\"/werkruimte/trajecten/" + id + "/inwoners/" + FATIMA + "/uitnodigen\"")
                .containsOnlyOnce("/uitnodigen\"")
                .contains("href=\"/werkruimte/trajecten/" + id + "/inwoners/" + FATIMA + "/gegevens\"> "
                        + "<span>Gegevens (AVG)</span><span class=\"visually-hidden\">: Fatima El Amrani</span>");
        assertThat(section(page, "vision")).contains("Vastgestelde visie (versie 2)").contains("Gezonder samen")
                .contains("Inwoners</strong>:").contains("<th scope=\"row\">Inbreng krijgt antwoord</th>")
                .contains("Versie 1:").contains("vervangen door een nieuwe versie")
                .contains("Fatima El Amrani: vraagt om een aanpassing").contains("<q>Meer over vervoer</q>");
        assertThat(section(page, "agreements")).contains("<span>aangenomen</span>").contains("<td>6</td>");
        assertThat(section(page, "steering")).contains("<span>jongere, </span><span>laag inkomen</span>").contains("1-1-2027")
                .contains("Nee, de stuurgroep voldoet niet aan alle regels.")
                .contains("<li>Klopt niet: minstens 2 zetels voor inwoners (nu 1).</li>")
                .contains("<li>Klopt: minstens 1 op de 3 zetels voor inwoners (nu 1 van 3).</li>")
                .contains("De coördinator Marieke de Vries maakte een uitzondering op")
                .contains("te weinig zetels voor inwoners").contains("<q>Een tweede inwoner volgt in maart.</q>");
        assertThat(section(page, "rounds")).contains("Plek van de bijeenkomsten").contains("<span>Aangenomen</span>")
                .contains("Voor 2, tegen 1, onthouden 1, afwezig 1")
                .contains("Besluit bij minstens 3 stemmen.")
                .contains("Wat ermee gedaan is: Het buurthuis is vanaf januari vastgelegd.")
                .contains("href=\"/werkruimte/trajecten/x/besluitronden/y/opvolging\"");
        assertThat(section(page, "inputs")).contains("<tr class=\"overdue\">").contains("In behandeling")
                .contains("<strong class=\"overdue-marker\">te laat</strong>").contains("Beantwoord")
                .doesNotContain("/inbreng/");
        assertThat(section(page, "successes")).contains("Taxibusje").contains("Snel succes").contains("Ja (nieuwsbrief)")
                .contains("(nieuwsbrief):").contains("De stuurgroep koos het buurthuis.");
        assertThat(section(page, "meetings")).contains("Dorpshuis (buurthuis)").contains("Neutraal: Anne Smit")
                .contains("<td>ja</td>")
                .contains("href=\"/werkruimte/trajecten/" + id + "/bijeenkomsten/" + MEETING + "/verslag\"")
                .contains("Aanwezigheid en verslag");
        assertThat(section(page, "support")).contains("Reiskosten").contains("€ 12,50").contains("Aangevraagd")
                .contains("action=\"/werkruimte/trajecten/" + id + "/ondersteuning/" + SUPPORT + "/goedkeuren\"")
                .contains("action=\"/werkruimte/trajecten/" + id + "/ondersteuning/" + SUPPORT + "/afwijzen\"")
                .contains("<label for=\"reason-" + SUPPORT + "\">Waarom wijst u de aanvraag af?</label>")
                .contains("<textarea id=\"reason-" + SUPPORT + "\" name=\"reason\"").contains(" required>")
                .contains("name=\"_csrf\"")
                .contains("Geïnvesteerd in inwoners: € 20,00 uitbetaald van € 65,00 toegekend.")
                .contains("action=\"/werkruimte/trajecten/" + id + "/ondersteuning/" + APPROVED + "/betaald\"")
                .contains("<span>Markeren als uitbetaald</span><span class=\"visually-hidden\">: Kees Jansen</span>")
                .doesNotContain(SUPPORT + "/betaald");
        assertThat(section(page, "conditions")).contains("Beoordeling 1, gestart op").contains("3,0 (4 antwoorden)")
                .contains("4,0 (3 antwoorden)").contains("-1,0").contains("inwoners zijn minder tevreden")
                .contains("Nog geen antwoorden").contains("Te weinig antwoorden om te tonen (2 antwoorden)");
        assertThat(section(page, "actions"))
                .contains("href=\"/werkruimte/trajecten/" + id + "/netwerken/nieuw\">Een bestaand netwerk in kaart brengen</a>")
                .contains("href=\"/werkruimte?traject=" + id + "\">De taken van dit traject</a>");
    }

    @Test
    void showsAnEmptyStateInEverySectionOfANewTrajectoryAndNoDecisionFormsForOthers() throws Exception {
        when(overviews.overview(new TrajectoryId(id), me.id(), Locale.forLanguageTag("nl"))).thenReturn(overview(false));

        String page = html(mvc.perform(get("/werkruimte/trajecten/" + id).with(professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).doesNotContain("/uitnodigen").doesNotContain("/gegevens\"");
        assertThat(page).contains("Er is nog geen gezamenlijke visie.").contains("Er zijn nog geen rolafspraken.")
                .contains("De stuurgroep is nog niet samengesteld.")
                .contains("Er zijn nog geen voorstellen aan de stuurgroep voorgelegd.")
                .contains("Er is nog geen inbreng van inwoners.").contains("Er zijn nog geen successen geregistreerd.")
                .contains("Er zijn nog geen voortgangsberichten verstuurd.").contains("Er zijn nog geen bijeenkomsten gepland.")
                .contains("Er zijn nog geen aanvragen voor ondersteuning.")
                .contains("De randvoorwaarden zijn nog niet beoordeeld.")
                .contains("Er zijn nog geen bestaande netwerken in kaart gebracht.")
                .doesNotContain("goedkeuren").doesNotContain("afwijzen").doesNotContain("/betaald")
                .doesNotContain("Geïnvesteerd").doesNotContain("<table");
    }

    @Test
    void showsTheNotFoundPageForATrajectoryOutsideMyScope() throws Exception {
        when(overviews.overview(any(), any(), any())).thenThrow(new NotFoundException("trajectory", id));

        mvc.perform(get("/werkruimte/trajecten/" + id).with(professional()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"))
                .andExpect(content().string(containsString("Deze pagina bestaat niet, of is niet voor u bedoeld.")));
    }

    @Test
    void keepsResidentsAndManagersOutOfTheTrajectoryPages() throws Exception {
        for (nl.participationsuite.web.security.Role role : List.of(nl.participationsuite.web.security.Role.RESIDENT,
                nl.participationsuite.web.security.Role.MANAGER)) {
            mvc.perform(get("/werkruimte/trajecten").with(oidcLogin().authorities(role.authority())))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/werkruimte/trajecten/" + id).with(oidcLogin().authorities(role.authority())))
                    .andExpect(status().isForbidden());
        }
        verify(overviews, never()).list(any(), anyInt(), any());
        verify(overviews, never()).overview(any(), any(), any());
    }

    @Test
    void sendsAnonymousVisitorsToTheLogin() throws Exception {
        mvc.perform(get("/werkruimte/trajecten/" + id))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/oauth2/authorization/keycloak"));

        verify(overviews, never()).overview(any(), any(), any());
    }

    @Test
    void showsTheOutcomeOfTheActionThatLedBackHere() throws Exception {
        when(overviews.overview(new TrajectoryId(id), me.id(), Locale.forLanguageTag("nl"))).thenReturn(overview(false));

        String page = html(mvc.perform(get("/werkruimte/trajecten/" + id).with(professional())
                        .flashAttr(Notice.ATTRIBUTE, Notice.success("coordination.notice.meeting-planned")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<div class=\"notice notice-success\" role=\"status\">")
                .contains("De bijeenkomst is gepland.");
    }

    @Test
    void aTrajectoryClosedEarlySaysWhenAndWhy() throws Exception {
        when(overviews.overview(new TrajectoryId(id), me.id(), Locale.forLanguageTag("nl")))
                .thenReturn(overview(false, "De subsidie van de gemeente stopt."));

        String page = html(mvc.perform(get("/werkruimte/trajecten/" + id).with(professional()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Afgesloten op</span> <time datetime=\"2026-11-29T11:00+01:00\">29-11-2026 11:00</time>")
                .contains("<span>Eerder afgesloten door de coördinator. Reden:</span> <span>De subsidie van de gemeente stopt.</span>");
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        when(overviews.overview(new TrajectoryId(id), me.id(), Locale.ENGLISH)).thenReturn(overview(false));

        mvc.perform(get("/werkruimte/trajecten/" + id).param("lang", "en").with(professional()))
                .andExpect(content().string(containsString("<h2 id=\"toc-heading\">On this page</h2>")))
                .andExpect(content().string(containsString("There is no shared vision yet.")))
                .andExpect(content().string(containsString("Involving residents early")));
    }

    private static final UUID SUPPORT = UUID.randomUUID();

    private static final UUID APPROVED = UUID.randomUUID();

    private static final UUID MEETING = UUID.randomUUID();

    private TrajectoryList.Row row(int number) {
        return new TrajectoryList.Row(number == 1 ? id : UUID.randomUUID(), "PT-2026-%04d".formatted(number),
                "Traject " + number, "Lemelerveld", Phase.WORKING_TOGETHER, "Marieke de Vries",
                TrajectoryPaths.trajectory(number == 1 ? id : UUID.randomUUID()));
    }

    /** A trajectory in working together; {@code full} fills every section, otherwise each is empty. */
    private TrajectoryOverview overview(boolean full) {
        return overview(full, null);
    }

    /** As {@link #overview(boolean)}; with {@code closedEarly}, closed early by the coordinator for that reason. */
    private TrajectoryOverview overview(boolean full, String closedEarly) {
        Moment when = new Moment("29-11-2026 11:00", "2026-11-29T11:00+01:00");
        TrajectoryOverview.Header header = new TrajectoryOverview.Header(id, "PT-2026-0001", "Samen gezond",
                "Gezondheid", "Lemelerveld", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                Phase.WORKING_TOGETHER, "Marieke de Vries", "Marieke de Vries", when, full);
        List<TrajectoryOverview.Step> steps = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            steps.add(new TrajectoryOverview.Step(phase, phase.ordinal() < Phase.WORKING_TOGETHER.ordinal()
                    ? TrajectoryOverview.StepState.DONE : phase == Phase.WORKING_TOGETHER
                            ? TrajectoryOverview.StepState.CURRENT : TrajectoryOverview.StepState.NEXT));
        }
        TrajectoryOverview.Timeline timeline = new TrajectoryOverview.Timeline(steps, 1,
                closedEarly == null ? null : when, closedEarly);
        TrajectoryOverview.Involvement involvement = new TrajectoryOverview.Involvement(3, 5, 2, 1, false,
                "Alleen de dorpsraad bereikt dit gehucht.");
        TrajectoryOverview.Composition composition = new TrajectoryOverview.Composition(false, 1, 3, 2, false, true,
                true, 2, 3, 2);
        List<TrajectoryOverview.Action> actions = List.of(
                new TrajectoryOverview.Action("trajectory.action.map-network", TrajectoryPaths.mapNetwork(id)),
                new TrajectoryOverview.Action("trajectory.action.tasks", TrajectoryPaths.tasks(id)));
        if (!full) {
            return new TrajectoryOverview(header, timeline,
                    new TrajectoryOverview.Participants(List.of(), List.of(), involvement),
                    new TrajectoryOverview.Vision(List.of(), null), List.of(),
                    new TrajectoryOverview.SteeringGroup(false, List.of(), composition, List.of()), List.of(), List.of(),
                    new TrajectoryOverview.Successes(List.of(), List.of()), List.of(), List.of(),
                    new TrajectoryOverview.Investment("€ 0,00", "€ 0,00", false), List.of(),
                    new TrajectoryOverview.Actions(actions));
        }
        Moment date = new Moment("1-1-2027", "2027-01-01");
        return new TrajectoryOverview(header, timeline,
                new TrajectoryOverview.Participants(List.of(
                        new TrajectoryOverview.Member("Fatima El Amrani", PersonKind.RESIDENT, Role.DECISION_MAKER,
                                RecruitmentChannel.EXISTING_NETWORK, "Dorpsraad Lemelerveld", true, null, FATIMA, false),
                        new TrajectoryOverview.Member("Kees Jansen", PersonKind.RESIDENT, null,
                                RecruitmentChannel.DOOR_TO_DOOR, null, false, when, UUID.randomUUID(), false)),
                        List.of(new TrajectoryOverview.Network(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL,
                                "Dorpsraad Lemelerveld", null)),
                        involvement),
                new TrajectoryOverview.Vision(List.of(
                        new TrajectoryOverview.VisionVersion(1, VisionStatus.SUPERSEDED, when, List.of(
                                new TrajectoryOverview.Review("Fatima El Amrani", ReviewVerdict.CHANGE_REQUESTED,
                                        "Meer over vervoer", when))),
                        new TrajectoryOverview.VisionVersion(2, VisionStatus.ADOPTED, when, List.of())),
                        new TrajectoryOverview.Adopted(2, "Gezonder samen",
                                List.of(new TrajectoryOverview.Expectation(Party.RESIDENTS, null, "Meedenken")),
                                List.of(new TrajectoryOverview.Criterion("Inbreng krijgt antwoord", "Registratie", "90%")))),
                List.of(new TrajectoryOverview.Agreement("Fatima El Amrani", Role.DECISION_MAKER, 6,
                        AgreementStatus.ACCEPTED, null, when)),
                new TrajectoryOverview.SteeringGroup(true, List.of(new TrajectoryOverview.SeatRow("Fatima El Amrani",
                        PersonKind.RESIDENT, date, date, List.of(Background.YOUTH, Background.LOW_INCOME), true, true)),
                        composition, List.of(new TrajectoryOverview.RuleOverride("Marieke de Vries", when,
                                "Een tweede inwoner volgt in maart.", List.of("seats.too-few-residents")))),
                List.of(new TrajectoryOverview.Round("Plek van de bijeenkomsten", "In het buurthuis", when, true,
                        RoundOutcome.ADOPTED, 2, 1, 1, 1, 3, "Het buurthuis is vanaf januari vastgelegd.",
                        "/werkruimte/trajecten/x/besluitronden/y/opvolging")),
                List.of(new TrajectoryOverview.Input(UUID.randomUUID(), "Vervoer", "Fatima El Amrani",
                                InputStatus.UNDER_CONSIDERATION, when, when, true, false),
                        new TrajectoryOverview.Input(UUID.randomUUID(), null, "Kees Jansen", InputStatus.ADOPTED, when,
                                when, false, true)),
                new TrajectoryOverview.Successes(
                        List.of(new TrajectoryOverview.Success(SuccessKind.QUICK_WIN, "Taxibusje", date, true,
                                VisibilityChannel.NEWSLETTER)),
                        List.of(new TrajectoryOverview.ProgressUpdate(when, UpdateChannel.NEWSLETTER,
                                "De stuurgroep koos het buurthuis."))),
                List.of(new TrajectoryOverview.Meeting(when, when, VenueType.NEIGHBOURHOOD_CENTRE, "Dorpshuis", true,
                        "Anne Smit", true, TrajectoryPaths.meetingOutcome(id, MEETING),
                        TrajectoryPaths.changeMeeting(id, MEETING), null)),
                List.of(new TrajectoryOverview.Support(SUPPORT, SupportKind.TRAVEL_COST, "Fatima El Amrani",
                        "Lemelerveld – Dalfsen", "€ 12,50", SupportStatus.REQUESTED, null, when, true,
                        TrajectoryPaths.approveSupport(id, SUPPORT), TrajectoryPaths.rejectSupport(id, SUPPORT), null),
                        new TrajectoryOverview.Support(APPROVED, SupportKind.TRAINING, "Kees Jansen", "EHBO",
                                "€ 45,00", SupportStatus.APPROVED, null, when, false, null, null,
                                TrajectoryPaths.markSupportPaid(id, APPROVED))),
                new TrajectoryOverview.Investment("€ 20,00", "€ 65,00", true),
                List.of(new TrajectoryOverview.ConditionsRound(1, when, List.of(
                        new TrajectoryOverview.Gap(Condition.INVOLVE_RESIDENTS_EARLY, "3,0", "4,0", "-1,0", true, 4, 3,
                                false, false),
                        new TrajectoryOverview.Gap(Condition.INVEST_IN_RESIDENTS, null, "4,0", null, false, 0, 3,
                                false, false),
                        new TrajectoryOverview.Gap(Condition.VISIBLE_QUICK_SUCCESSES, null, "4,0", null, false, 2, 3,
                                true, false)))),
                new TrajectoryOverview.Actions(actions));
    }

    private OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(nl.participationsuite.web.security.Role.PROFESSIONAL.authority());
    }

    private OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(nl.participationsuite.web.security.Role.PROFESSIONAL.authority(),
                nl.participationsuite.web.security.Role.COORDINATOR.authority());
    }

    private static String html(String page) {
        return page.replaceAll("\\s+", " ");
    }

    private static String section(String page, String id) {
        Matcher section = Pattern.compile("(?s)<section id=\"" + id + "\".*?</section>").matcher(page);
        assertThat(section.find()).as("the section " + id).isTrue();
        return section.group();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
