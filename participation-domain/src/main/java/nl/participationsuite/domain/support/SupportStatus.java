package nl.participationsuite.domain.support;

/** Where a request stands: requested, then approved or rejected by the coordinator; approved requests get paid. */
public enum SupportStatus {
    REQUESTED, APPROVED, REJECTED, PAID
}
