package nl.participationsuite.web.reports;

import static nl.participationsuite.web.reports.ReportFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.Reports;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebSliceTest({ ReportPageController.class, ReportExportController.class })
@Import({ ReportViews.class, ReportDocuments.class, Dates.class, ReportFixtures.FixedClock.class })
class ReportPagesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Reports reports;

    @MockitoBean
    CurrentManagerScope currentScope;

    private final Person manager = Person.professional("Wethouder Van Dijk", null, "subject-manager", ReportFixtures.DALFSEN);

    private ManagerScope scope;

    @BeforeEach
    void aManagerOfTwoOrganisations() {
        scope = ReportFixtures.scope(manager.id());
        when(currentScope.get()).thenReturn(scope);
        when(reports.portfolio(eq(scope), any(), any())).thenAnswer(call -> ReportFixtures.portfolio(call.getArgument(1)));
        when(reports.trajectoryReport(scope, TRAJECTORY)).thenReturn(Optional.of(ReportFixtures.trajectoryReport()));
        when(reports.trajectoryReport(eq(scope), eq(new TrajectoryId(java.util.UUID.fromString(
                "99999999-9999-4999-8999-999999999999"))))).thenReturn(Optional.empty());
        when(reports.leadTimes(eq(scope), any())).thenReturn(ReportFixtures.leadTimes());
        when(reports.learningEvaluation(eq(scope), any())).thenReturn(ReportFixtures.learningEvaluation());
    }

    @Test
    void portfolioShowsCountsChartScorecardAndDownloadsToAManager() throws Exception {
        String html = html(mvc.perform(get("/rapportages").with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(html).contains("Rapportages: portefeuille")
                .contains("<svg role=\"img\"").contains("aria-labelledby=\"funnel-title\"")
                .contains("<caption id=\"fases-caption\">Trajecten per fase</caption>")
                .contains("Inwoners vroeg betrekken").contains("Project van een organisatie")
                .contains("Trajecten per organisatie").contains("Gemeente Dalfsen").contains("GGD IJsselland")
                .contains("Oordelen per voorwaarde (aantal trajecten)").contains("Nog niet meetbaar")
                .contains("Hoe snel inbreng een antwoord krijgt")
                .as("the small-cell rule as the model applies it").contains("<dd>&lt; 5</dd>").contains("<dd>57</dd>")
                .contains("href=\"/rapportages/trajecten/" + TRAJECTORY + "\"")
                .contains("href=\"/rapportages/csv/portefeuille/fases\"")
                .contains("href=\"/rapportages/rapportage.pdf\"")
                .contains("href=\"/rapportages?pagina=2\"")
                .as("drill down: the same view for one organisation")
                .contains("href=\"/rapportages?organisation=" + ReportFixtures.GGD + "\"")
                .doesNotContain("<script");
    }

    @Test
    void keepsTheFilterInTheAddressOfEveryLinkAndPassesItToTheReports() throws Exception {
        String html = html(mvc.perform(get("/rapportages").param("kind", "resident_initiative").param("phase", "MOTIVATION")
                .param("status", "open").with(manager())).andExpect(status().isOk()).andReturn());

        ArgumentCaptor<PortfolioFilter> filter = ArgumentCaptor.forClass(PortfolioFilter.class);
        verify(reports).portfolio(eq(scope), filter.capture(), eq(Pageable.ofSize(20)));
        assertThat(filter.getValue().kind()).isEqualTo(TrajectoryKind.RESIDENT_INITIATIVE);
        assertThat(filter.getValue().phase()).isEqualTo(Phase.MOTIVATION);
        assertThat(filter.getValue().status()).isEqualTo(PortfolioFilter.Status.OPEN);
        String query = "kind=RESIDENT_INITIATIVE&amp;phase=MOTIVATION&amp;status=open";
        assertThat(html).contains("href=\"/rapportages/csv/portefeuille/soorten?" + query + "\"")
                .contains("href=\"/rapportages/rapportage.pdf?" + query + "\"")
                .contains("href=\"/rapportages/doorlooptijden?" + query + "\"")
                .contains("<option value=\"RESIDENT_INITIATIVE\" selected=\"selected\">")
                .contains("<option value=\"open\" selected=\"selected\">");
    }

    @Test
    void showsAnUnusableFilterNextToTheFieldAndNoFigures() throws Exception {
        String html = html(mvc.perform(get("/rapportages").param("from", "gisteren").with(manager()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(html).contains("Vul een datum in").contains("id=\"filter-from\" type=\"date\" name=\"from\" value=\"gisteren\" aria-invalid=\"true\"")
                .doesNotContain("Trajecten per fase");
        verify(reports, never()).portfolio(any(), any(), any());
    }

    @Test
    void refusesAnOrganisationOutsideTheManagersScope() throws Exception {
        mvc.perform(get("/rapportages").param("organisation", OrganisationId.random().toString()).with(manager()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies een van uw eigen organisaties.")));
        mvc.perform(get("/rapportages/csv/portefeuille/fases").param("organisation", OrganisationId.random().toString())
                .with(manager())).andExpect(status().isBadRequest());
    }

    @Test
    void onlyManagersOpenTheReports() throws Exception {
        mvc.perform(get("/rapportages").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rapportages/trajecten/" + TRAJECTORY).with(oidcLogin().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rapportages/rapportage.pdf")).andExpect(status().is3xxRedirection());
    }

    @Test
    void trajectoryReportShowsTheScorecardWithItsEvidenceAndTheTablesBehindIt() throws Exception {
        String html = html(mvc.perform(get("/rapportages/trajecten/" + TRAJECTORY).with(manager()))
                .andExpect(status().isOk()).andReturn());

        assertThat(html).contains("PT-2026-0007").contains("Samen gezond in Lemelerveld")
                .contains("Oordeel per voorwaarde").contains("Voldaan").contains("Risico").contains("Niet voldaan")
                .as("evidence in this report's own table")
                .contains("href=\"/rapportages/trajecten/" + TRAJECTORY + "#onbeantwoorde-inbreng\"")
                .as("a manager without the workspace gets no link into it").doesNotContain("/werkruimte/trajecten/")
                .contains("early.distinctChannels").contains("4,5 dagen").contains("66,7%")
                .contains("aria-labelledby=\"phase-days-title\"").contains("aria-labelledby=\"conditions-gap-title\"")
                .contains("Inbreng die nog geen antwoord heeft").contains("Aangenomen").contains("37,80")
                .contains("href=\"/rapportages/trajecten/" + TRAJECTORY + "/csv/besluitrondes\"")
                .contains("href=\"/rapportages/trajecten/" + TRAJECTORY + "/rapportage.pdf\"");
    }

    @Test
    void aProfessionalManagerAlsoGetsTheWorkspaceEvidence() throws Exception {
        String html = html(mvc.perform(get("/rapportages/trajecten/" + TRAJECTORY)
                .with(oidcLogin().authorities(Role.MANAGER.authority(), Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk()).andReturn());

        assertThat(html).contains("href=\"/werkruimte/trajecten/" + TRAJECTORY + "#participants\"");
    }

    @Test
    void aTrajectoryOutsideTheScopeIsNotFoundOnPageCsvAndPdf() throws Exception {
        String other = "/rapportages/trajecten/99999999-9999-4999-8999-999999999999";
        mvc.perform(get(other).with(manager())).andExpect(status().isNotFound());
        mvc.perform(get(other + "/csv/scorecard").with(manager())).andExpect(status().isNotFound());
        mvc.perform(get(other + "/rapportage.pdf").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void leadTimesShowMedianAndP90AsChartAndTable() throws Exception {
        String html = html(mvc.perform(get("/rapportages/doorlooptijden").with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(html).contains("Rapportages: doorlooptijden").contains("aria-labelledby=\"lead-times-title\"")
                .contains("Mediaan (dagen)").contains("90e percentiel (dagen)").contains("24,5").contains("41,0")
                .contains("href=\"/rapportages/csv/doorlooptijden/doorlooptijden\"");
    }

    @Test
    void learningEvaluationCautionsInPlainLanguageWhenAGroupIsTooSmall() throws Exception {
        String html = html(mvc.perform(get("/rapportages/lerende-evaluatie").with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(html).contains("Rapportages: lerende evaluatie")
                .contains("Deze evaluatie gaat over 15 trajecten")
                .contains("minder dan 5 trajecten").contains("<li>Investeren in inwoners</li>")
                .contains("Te weinig trajecten voor een conclusie").contains("75,0% (8)")
                .contains("href=\"/rapportages/csv/lerende-evaluatie/lerende-evaluatie\"");
    }

    @Test
    void downloadsATableAsCsvForDutchExcelWithFormulaCellsNeutralised() throws Exception {
        MvcResult result = mvc.perform(get("/rapportages/trajecten/" + TRAJECTORY + "/csv/afwijkingen").with(manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("PT-2026-0007-afwijkingen.csv")))
                .andReturn();
        byte[] csv = result.getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Datum;Regels waarvan is afgeweken;Onderbouwing\r\n")
                .contains(";'=Tijdelijk: tweede inwoner volgt in juni");
    }

    @Test
    void downloadsThePortfolioTablesWithTheFilterOfThePage() throws Exception {
        String text = new String(mvc.perform(get("/rapportages/csv/portefeuille/fases").param("kind", "RESIDENT_INITIATIVE")
                .with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFFase;Trajecten\r\n").contains("Samenwerken;4\r\n");
        mvc.perform(get("/rapportages/csv/portefeuille/bestaat-niet").with(manager())).andExpect(status().isNotFound());
        mvc.perform(get("/rapportages/csv/onbekend/fases").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void portfolioPdfIsARaadsinformatiebriefWithScorecardChartsAndTables() throws Exception {
        byte[] pdf = mvc.perform(get("/rapportages/rapportage.pdf").with(manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("rapportage-portefeuille.pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Raadsinformatiebrief").contains("Inwonerparticipatie: stand van de trajecten")
                    .contains("Gemeente Dalfsen, GGD IJsselland").contains("12 trajecten, waarvan 10 open en 2 afgesloten")
                    .contains("Scorekaart van het handboek").contains("Trajecten per fase").contains("Samen gezond in Lemelerveld");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void trajectoryPdfHoldsTheTrajectorysScorecardAndTables() throws Exception {
        byte[] pdf = mvc.perform(get("/rapportages/trajecten/" + TRAJECTORY + "/rapportage.pdf").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapportage traject PT-2026-0007").contains("Samen gezond in Lemelerveld")
                    .contains("Oordeel per voorwaarde").contains("Dagen in each fase".replace("each", "elke"))
                    .contains("Besluitrondes en opkomst van inwoners met een zetel");
        }
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/rapportages").param("lang", "en").with(manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reports: portfolio")))
                .andExpect(content().string(not(containsString("??"))));
    }

    private static OidcLoginRequestPostProcessor manager() {
        return oidcLogin().authorities(Role.MANAGER.authority());
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("\\s+", " ");
    }
}
