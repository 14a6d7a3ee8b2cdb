package nl.participationsuite.domain.vision;

import java.util.List;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** Who of the asked reviewers endorsed a version, who asked for a change and who has not answered yet. */
public record ReviewSummary(VisionVersionId versionId, List<ParticipantId> endorsedBy,
        List<ParticipantId> changeRequestedBy, List<ParticipantId> pending) {

    public ReviewSummary {
        endorsedBy = List.copyOf(endorsedBy);
        changeRequestedBy = List.copyOf(changeRequestedBy);
        pending = List.copyOf(pending);
    }

    /** Every asked reviewer endorsed the version (and there was at least one). */
    public boolean allEndorsed() {
        return !endorsedBy.isEmpty() && changeRequestedBy.isEmpty() && pending.isEmpty();
    }

    /** Every asked reviewer answered, one way or the other. */
    public boolean complete() {
        return pending.isEmpty();
    }
}
