package nl.participationsuite.domain.involvement;

/**
 * The facts the early involvement gate decides on: how many active residents were recruited,
 * through how many different channels, and the trajectory's thresholds. The DMN decision
 * {@code early-involvement-ready} is the authority; {@link #thresholdsMet()} says the same for
 * screens that show progress.
 */
public record EarlyInvolvementStatus(int involvedResidents, int distinctChannels, int minimumResidents,
        int minimumChannels) {

    public boolean thresholdsMet() {
        return involvedResidents >= minimumResidents && distinctChannels >= minimumChannels;
    }
}
