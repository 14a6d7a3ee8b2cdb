package nl.participationsuite.domain.support;

/**
 * What a trajectory invests in its residents, in euro cents: approved and not paid yet, and paid.
 * Requested and rejected amounts are not an investment.
 */
public record SupportInvestment(long approvedCents, long paidCents) {

    /** Approved and paid together: everything the coordinator committed to. */
    public long totalCents() {
        return approvedCents + paidCents;
    }
}
