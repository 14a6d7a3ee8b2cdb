package nl.participationsuite.domain.vision;

import java.util.List;

import nl.participationsuite.domain.trajectory.ParticipantId;

/**
 * What a version of the shared vision says: the goal everyone works towards, what each party
 * expects, and the definition of success as measurable criteria.
 */
public record VisionContent(String sharedGoal, List<Expectation> expectations, List<Criterion> successCriteria) {

    /** What a party expects; {@code participantId} only (and always) for {@link Party#PARTICIPANT}. */
    public record Expectation(Party party, ParticipantId participantId, String text) {
    }

    /** One measurable part of the definition of success. */
    public record Criterion(String description, String measuredBy, String target) {
    }
}
