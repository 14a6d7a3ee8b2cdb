package nl.participationsuite.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.accounts.AccountsUnavailableException;
import nl.participationsuite.web.accounts.ActivationCodeRenewals;
import nl.participationsuite.web.accounts.ActivationCodeRenewals.PortalAccount;
import nl.participationsuite.web.accounts.ResidentInvitations.Invitation;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;

/**
 * The admin area's new activation letter: a user name is checked before anything is looked up, a
 * switched-off account or Keycloak being away is said on the form, the letter is never cached, and
 * only an administrator gets here.
 */
@WebSliceTest(AdminAccountsController.class)
@Import(FormIds.class)
class AdminAccountsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActivationCodeRenewals renewals;

    @MockitoBean
    Actors actors;

    @Test
    void aUserNameThatCannotBeOneIsRefusedOnTheFormWithoutAskingKeycloak() throws Exception {
        String page = mvc.perform(get("/beheer/portaalaccounts").param("gebruikersnaam", "Fenna Brink").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Controleer deze velden").contains("aria-invalid=\"true\"");
        verify(renewals, never()).find(anyString());
    }

    @Test
    void theAccountFoundShowsWhomTheLetterIsForAndAskedForTheNewCode() throws Exception {
        when(renewals.find("fenna.brink")).thenReturn(Optional.of(new PortalAccount("fenna.brink", true, "Fenna Brink", true)));

        String page = mvc.perform(get("/beheer/portaalaccounts").param("gebruikersnaam", "fenna.brink").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Portaalaccount fenna.brink").contains("Fenna Brink")
                .contains("Nieuwe code maken en brief tonen");
    }

    @Test
    void aSwitchedOffAccountGetsNoNewCodeAndTheFormSaysWhy() throws Exception {
        when(actors.current()).thenReturn(Optional.of("admin-subject"));
        RuleViolationException disabled = new RuleViolationException("username", "admin.accounts.disabled", "off");
        when(renewals.renew("fenna.brink", "admin-subject")).thenThrow(disabled);
        when(renewals.find("fenna.brink")).thenReturn(Optional.of(new PortalAccount("fenna.brink", false, "Fenna Brink", true)));

        String page = mvc.perform(post("/beheer/portaalaccounts/nieuwe-code").param("gebruikersnaam", "fenna.brink")
                .with(admin()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit account is uitgeschakeld in Keycloak").contains("Uitgeschakeld")
                .doesNotContain("Nieuwe code maken en brief tonen").doesNotContain("activation-code");
    }

    @Test
    void noResidentsAccountAndKeycloakAwayAreSaidOnTheForm() throws Exception {
        when(actors.current()).thenReturn(Optional.of("admin-subject"));
        when(renewals.renew("niemand", "admin-subject")).thenThrow(new NotFoundException("portal account", "niemand"));
        when(renewals.renew("fenna.brink", "admin-subject"))
                .thenThrow(new AccountsUnavailableException("Keycloak could not look up a portal account", null));

        assertThat(mvc.perform(post("/beheer/portaalaccounts/nieuwe-code").param("gebruikersnaam", "niemand")
                .with(admin()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Er is geen portaalaccount van een inwoner met deze gebruikersnaam.");
        assertThat(mvc.perform(post("/beheer/portaalaccounts/nieuwe-code").param("gebruikersnaam", "fenna.brink")
                .with(admin()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Keycloak is nu niet bereikbaar. Er is niets veranderd.");
    }

    @Test
    void theLetterShowsTheNewCodeOnceAndIsNeverCached() throws Exception {
        when(actors.current()).thenReturn(Optional.of("admin-subject"));
        when(renewals.renew("fenna.brink", "admin-subject"))
                .thenReturn(new Invitation("Fenna Brink", "fenna.brink", "ABCD-EFGH-JKMN"));

        String page = mvc.perform(post("/beheer/portaalaccounts/nieuwe-code").param("gebruikersnaam", "fenna.brink")
                .with(admin()).with(csrf())).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Beste Fenna Brink,").contains("ABCD-EFGH-JKMN").contains("/portaal");
    }

    @Test
    void onlyAnAdministratorGetsHere() throws Exception {
        mvc.perform(get("/beheer/portaalaccounts").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/portaalaccounts/nieuwe-code").param("gebruikersnaam", "fenna.brink")
                .with(oidcLogin().authorities(Role.RESIDENT.authority())).with(csrf())).andExpect(status().isForbidden());
        verify(renewals, never()).renew(any(), any());
    }

    private static OidcLoginRequestPostProcessor admin() {
        return oidcLogin().authorities(Role.ADMIN.authority());
    }
}
