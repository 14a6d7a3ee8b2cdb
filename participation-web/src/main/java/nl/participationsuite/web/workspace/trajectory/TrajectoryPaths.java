package nl.participationsuite.web.workspace.trajectory;

import java.util.UUID;

import nl.participationsuite.domain.trajectory.Phase;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the workspace's trajectory pages and of the actions they link to, in one place,
 * so that every page and controller builds the same paths.
 */
public final class TrajectoryPaths {

    /** The list of trajectories in the person's scope. */
    public static final String LIST = "/werkruimte/trajecten";

    /** The page parameter of the list (counting from 1). */
    public static final String PAGE_PARAM = "pagina";

    private TrajectoryPaths() {
    }

    /** The phase parameter of the list (a phase's name; none or an unknown one lists every phase). */
    public static final String PHASE_PARAM = "fase";

    /** The list, on page {@code page} (the first page has no parameter). */
    public static String list(int page) {
        return list(page, null);
    }

    /** The list of the trajectories in a phase (null for all), on page {@code page}. */
    public static String list(int page, Phase phase) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(LIST);
        if (phase != null) {
            url.queryParam(PHASE_PARAM, phase.name());
        }
        if (page > 1) {
            url.queryParam(PAGE_PARAM, page);
        }
        return url.toUriString();
    }

    public static String start() {
        return LIST + "/nieuw";
    }

    /** The trajectory's own page. */
    public static String trajectory(UUID trajectory) {
        return LIST + "/" + trajectory;
    }

    public static String mapNetwork(UUID trajectory) {
        return trajectory(trajectory) + "/netwerken/nieuw";
    }

    public static String registerResident(UUID trajectory) {
        return trajectory(trajectory) + "/inwoners/nieuw";
    }

    /** Searching for someone already known (a resident of another trajectory, a partner's professional) to add. */
    public static String addExistingPerson(UUID trajectory) {
        return trajectory(trajectory) + "/deelnemers/bestaand";
    }

    /** Handing the coordinator or contact person role over. */
    public static String handOver(UUID trajectory) {
        return trajectory(trajectory) + "/overdragen";
    }

    public static String recordInput(UUID trajectory) {
        return trajectory(trajectory) + "/inbreng/nieuw";
    }

    public static String planMeeting(UUID trajectory) {
        return trajectory(trajectory) + "/bijeenkomsten/nieuw";
    }

    /** Where the coordinator changes or cancels a meeting that has not started. */
    public static String changeMeeting(UUID trajectory, UUID meeting) {
        return trajectory(trajectory) + "/bijeenkomsten/" + meeting + "/wijzigen";
    }

    /** Where the coordinator records who came to a meeting and its minutes. */
    public static String meetingOutcome(UUID trajectory, UUID meeting) {
        return trajectory(trajectory) + "/bijeenkomsten/" + meeting + "/verslag";
    }

    public static String openRound(UUID trajectory) {
        return trajectory(trajectory) + "/besluitronden/nieuw";
    }

    /** Where the coordinator or a professional records what was done with a decided round. */
    public static String roundFollowUp(UUID trajectory, UUID round) {
        return trajectory(trajectory) + "/besluitronden/" + round + "/opvolging";
    }

    public static String registerSuccess(UUID trajectory) {
        return trajectory(trajectory) + "/successen/nieuw";
    }

    /** The coordinator's setting of how long people have to answer. */
    public static String responseTime(UUID trajectory) {
        return trajectory(trajectory) + "/reactietermijn";
    }

    public static String close(UUID trajectory) {
        return trajectory(trajectory) + "/afsluiten";
    }

    public static String approveSupport(UUID trajectory, UUID request) {
        return trajectory(trajectory) + "/ondersteuning/" + request + "/goedkeuren";
    }

    public static String rejectSupport(UUID trajectory, UUID request) {
        return trajectory(trajectory) + "/ondersteuning/" + request + "/afwijzen";
    }

    public static String markSupportPaid(UUID trajectory, UUID request) {
        return trajectory(trajectory) + "/ondersteuning/" + request + "/betaald";
    }

    /** The workspace's inbox, filtered on the trajectory's tasks. */
    public static String tasks(UUID trajectory) {
        return "/werkruimte?traject=" + trajectory;
    }
}
