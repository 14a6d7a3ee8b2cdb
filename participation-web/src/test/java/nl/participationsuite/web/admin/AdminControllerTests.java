package nl.participationsuite.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.privacy.AccountRemoval;
import nl.participationsuite.domain.privacy.AccountRemovals;
import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.admin.EngineAdministration;

/**
 * The admin page's parts that need no engine: the history clean-up as the engine reports it; the queue of portal accounts still to be removed,
 * shown without the accounts' ids and tried again on request with a record of who did it; the
 * page is the administrator's alone.
 */
@WebSliceTest(AdminController.class)
@Import({ Dates.class, AdminControllerTests.FixedClock.class })
class AdminControllerTests {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EngineAdministration engine;

    @MockitoBean
    AdminActions actions;

    @MockitoBean
    Actors actors;

    @MockitoBean
    AccountRemovals removals;

    @MockitoBean
    AccountRemovalJob removalJob;

    @BeforeEach
    void aHistoryCleanUp() {
        EngineAdministration.HistoryCleanup cleanup = new EngineAdministration.HistoryCleanup("01:00", "05:00",
                Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-06T00:12:00Z"),
                NOW.minus(EngineAdministration.CLEANUP_REPORTED), 37, 5, 0);
        when(engine.historyCleanup()).thenReturn(cleanup);
    }

    @Test
    void showsTheHistoryCleanUpsWindowRunsAndWhatItRemoved() throws Exception {
        String page = mvc.perform(get("/beheer").with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Opruimen van de procesgeschiedenis").contains("elke nacht van 01:00 tot 05:00")
                .contains("37 trajecten, 5 beslissingen, 0 bulkacties").contains("datetime=\"2026-12-07T");
    }

    @Test
    void showsTheQueuedAccountRemovalsWithoutTheAccountsIds() throws Exception {
        List<AccountRemoval> queued = List.of(removal("kc-7f3a-account-id", 4, "Keycloak unreachable\n\tat somewhere"));
        when(removals.findAllByOrderByRequestedAtAsc()).thenReturn(queued);

        String page = mvc.perform(get("/beheer").with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Portaalaccounts die nog weg moeten").contains("Keycloak unreachable")
                .doesNotContain("kc-7f3a-account-id").doesNotContain("at somewhere").contains("Nu opnieuw proberen");
    }

    @Test
    void triesTheQueueAgainAndRecordsWhoDidIt() throws Exception {
        List<AccountRemoval> queued = List.of(removal("a", 1, "x"), removal("b", 1, "x"));
        when(removals.findAllByOrderByRequestedAtAsc()).thenReturn(queued);
        when(removalJob.removePending()).thenReturn(1);
        when(actors.current()).thenReturn(Optional.of("admin-subject"));

        mvc.perform(post("/beheer/accountverwijderingen/opnieuw").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/beheer"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, new Notice(true, "admin.removals.retried", "1")));

        ArgumentCaptor<AdminAction> recorded = ArgumentCaptor.forClass(AdminAction.class);
        verify(actions).save(recorded.capture());
        assertThat(recorded.getValue().kind()).isEqualTo(AdminAction.Kind.ACCOUNT_REMOVALS_RETRIED);
        assertThat(recorded.getValue().actor()).isEqualTo("admin-subject");
        assertThat(recorded.getValue().result()).isEqualTo("1 removed, 1 left");
    }

    @Test
    void isTheAdministratorsAlone() throws Exception {
        mvc.perform(get("/beheer").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/accountverwijderingen/opnieuw").with(csrf())
                .with(oidcLogin().authorities(Role.COORDINATOR.authority()))).andExpect(status().isForbidden());
        verify(removalJob, never()).removePending();
        verify(actions, never()).save(any());
    }

    private static AccountRemoval removal(String accountId, int attempts, String error) {
        AccountRemoval removal = mock(AccountRemoval.class);
        when(removal.accountId()).thenReturn(accountId);
        when(removal.requestedAt()).thenReturn(NOW.minusSeconds(3600));
        when(removal.attempts()).thenReturn(attempts);
        when(removal.lastAttemptAt()).thenReturn(NOW.minusSeconds(60));
        when(removal.lastError()).thenReturn(error);
        return removal;
    }

    private static OidcLoginRequestPostProcessor admin() {
        return oidcLogin().authorities(Role.ADMIN.authority());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
