package nl.participationsuite.web.admin;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.privacy.AccountRemoval;
import nl.participationsuite.domain.privacy.AccountRemovals;
import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.admin.EngineAdministration;

/**
 * The admin area's page: the jobs the engine gave up on, with another try for one or all; the
 * versions of the trajectory process with how many trajectories run on each, and moving them to
 * the newest version, always first as a trial that keeps nothing; the portal accounts of erased
 * residents that Keycloak has not removed yet, with another try; the history clean-up's window,
 * runs and what it removed; a link to new activation letters; and the latest actions of
 * administrators. Who acts is their Keycloak subject, recorded with the action.
 */
@Controller
@RequestMapping(AdminController.PATH)
class AdminController {

    static final String PATH = "/beheer";

    /** How many of the administrators' latest actions the page shows. */
    static final int ACTIONS_SHOWN = 20;

    private final EngineAdministration engine;

    private final AdminActions actions;

    private final Actors actors;

    private final AccountRemovals removals;

    private final AccountRemovalJob removalJob;

    private final Clock clock;

    AdminController(EngineAdministration engine, AdminActions actions, Actors actors, AccountRemovals removals,
            AccountRemovalJob removalJob, Clock clock) {
        this.engine = engine;
        this.actions = actions;
        this.actors = actors;
        this.removals = removals;
        this.removalJob = removalJob;
        this.clock = clock;
    }

    /**
     * A portal account still to be removed after an erasure, without the account's id: when it was
     * asked for, how often Keycloak refused or was unreachable, and the first line of why.
     */
    record PendingRemoval(Instant requestedAt, int attempts, Instant lastAttemptAt, String lastError) {

        static PendingRemoval of(AccountRemoval removal) {
            String error = removal.lastError() == null ? null : removal.lastError().lines().findFirst().orElse(null);
            return new PendingRemoval(removal.requestedAt(), removal.attempts(), removal.lastAttemptAt(), error);
        }
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("failedJobs", engine.failedJobs());
        model.addAttribute("failedJobCount", engine.failedJobCount());
        model.addAttribute("failedJobsShown", EngineAdministration.FAILED_JOBS_SHOWN);
        model.addAttribute("versions", engine.versions());
        model.addAttribute("cleanup", engine.historyCleanup());
        model.addAttribute("removals", removals.findAllByOrderByRequestedAtAsc().stream().map(PendingRemoval::of).toList());
        model.addAttribute("actions", actions.latest(PageRequest.of(0, ACTIONS_SHOWN)));
        return "admin/index";
    }

    @PostMapping("/mislukte-taken/{jobId}/opnieuw")
    String retry(@PathVariable String jobId, RedirectAttributes redirect) {
        engine.retry(jobId, actor());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.jobs.retried"));
        return "redirect:" + PATH;
    }

    @PostMapping("/mislukte-taken/opnieuw")
    String retryAll(RedirectAttributes redirect) {
        int retried = engine.retryAll(actor());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(false, "admin.jobs.retried-all", Integer.toString(retried)));
        return "redirect:" + PATH;
    }

    /** Tries every queued account removal now (Keycloak back, say) instead of at the next interval. */
    @PostMapping("/accountverwijderingen/opnieuw")
    String retryRemovals(RedirectAttributes redirect) {
        int queued = removals.findAllByOrderByRequestedAtAsc().size();
        int left = removalJob.removePending();
        actions.save(new AdminAction(clock.instant(), actor(), AdminAction.Kind.ACCOUNT_REMOVALS_RETRIED,
                "account removal queue", (queued - left) + " removed, " + left + " left"));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(left > 0, "admin.removals.retried", Integer.toString(left)));
        return "redirect:" + PATH;
    }

    /**
     * Moves the trajectories of a version to the newest version, or with {@code proef} tries it and
     * keeps nothing; the page says how many and what stands in the way.
     */
    @PostMapping("/procesversies/{definitionId}/overzetten")
    String migrate(@PathVariable String definitionId, @RequestParam(name = "proef", defaultValue = "true") boolean trial,
            Model model) {
        model.addAttribute("migration", engine.migrate(definitionId, trial, actor()));
        return "admin/migration";
    }

    private String actor() {
        return actors.current().orElse(Actors.SYSTEM);
    }
}
