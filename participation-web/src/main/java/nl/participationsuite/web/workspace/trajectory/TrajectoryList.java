package nl.participationsuite.web.workspace.trajectory;

import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.trajectory.Phase;

/**
 * One page of the trajectories in a person's scope, in the phase filtered on (null for every phase);
 * the page links (which keep the filter) are null where there is no such page.
 */
record TrajectoryList(List<Row> rows, long total, int page, int pages, Phase phase, String previousUrl,
        String nextUrl) {

    public boolean paginated() {
        return pages > 1;
    }

    /** A trajectory as a row of the list. */
    record Row(UUID id, String reference, String title, String area, Phase phase, String coordinatorName, String url) {
    }
}
