package nl.participationsuite.domain.roles;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * One proposal of a role agreement with one participant. Its terms never change: a new proposal
 * (a revision) replaces it, and the replaced one stays as history. Only the participant it is
 * for accepts it or asks to renegotiate.
 */
@Entity
@Table(name = "role_agreement")
public class RoleAgreement extends AuditedEntity {

    public static final int MAX_HOURS_PER_MONTH = 160;

    static final int MAX_TEXT = 2000;

    @EmbeddedId
    private RoleAgreementId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "responsibilities", nullable = false)
    private String responsibilities;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Column(name = "support_agreed")
    private String supportAgreed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AgreementStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "renegotiation_comment")
    private String renegotiationComment;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected RoleAgreement() {
    }

    private RoleAgreement(TrajectoryId trajectoryId, Participant participant, int revision, RoleTerms terms,
            ResidentBoundary boundary, Instant now) {
        if (terms == null) {
            throw new RuleViolationException("role", "required", "role is required");
        }
        if (terms.role() == null) {
            throw new RuleViolationException("role", "required", "role is required");
        }
        String checkedResponsibilities = Texts.required("responsibilities", terms.responsibilities(), MAX_TEXT);
        int checkedHours = hours(terms.hoursPerMonth());
        boundary.requireWithin(participant, checkedHours);
        String checkedSupport = Texts.optional("supportAgreed", terms.supportAgreed(), MAX_TEXT);
        if (!participant.isActive()) {
            throw new RuleViolationException("participantId", "participant.stepped-back",
                    "participant " + participant.id() + " has stepped back");
        }
        this.id = RoleAgreementId.random();
        this.trajectoryId = trajectoryId;
        this.participantId = participant.id();
        this.revision = revision;
        this.role = terms.role();
        this.responsibilities = checkedResponsibilities;
        this.hoursPerMonth = checkedHours;
        this.supportAgreed = checkedSupport;
        this.status = AgreementStatus.PROPOSED;
        this.proposedAt = now;
    }

    /** The first proposal to a participant, within the participant's own boundary. */
    static RoleAgreement propose(TrajectoryId trajectoryId, Participant participant, RoleTerms terms,
            ResidentBoundary boundary, Instant now) {
        return new RoleAgreement(trajectoryId, participant, 1, terms, boundary, now);
    }

    /**
     * A new proposal that replaces this one, whatever its status, within the participant's own
     * boundary as it is now; this one stays as history.
     */
    RoleAgreement revise(Participant participant, RoleTerms terms, ResidentBoundary boundary, Instant now) {
        requireCurrent();
        RoleAgreement next = new RoleAgreement(trajectoryId, participant, revision + 1, terms, boundary, now);
        this.replacedAt = now;
        return next;
    }

    void accept(ParticipantId by, Instant now) {
        requireAnswerableBy(by);
        this.status = AgreementStatus.ACCEPTED;
        this.answeredAt = now;
    }

    void requestRenegotiation(ParticipantId by, String comment, Instant now) {
        requireAnswerableBy(by);
        String checkedComment = Texts.required("comment", comment, MAX_TEXT);
        this.status = AgreementStatus.RENEGOTIATION_REQUESTED;
        this.renegotiationComment = checkedComment;
        this.answeredAt = now;
    }

    /**
     * The participant stepped back before the agreement was settled (still proposed, or their request
     * to renegotiate not yet answered): it is withdrawn, not accepted. An accepted agreement stays what
     * was agreed.
     */
    void withdraw(Participant participant, Instant now) {
        requireCurrent();
        if (!participant.id().equals(participantId)) {
            throw new IllegalArgumentException("participant " + participant.id() + " is not the agreement's " + participantId);
        }
        if (participant.isActive()) {
            throw new RuleViolationException("participantId", "roles.withdraw-while-taking-part",
                    "an agreement is withdrawn only when its participant has stepped back");
        }
        if (!isUnsettled()) {
            throw new RuleViolationException("agreement", "roles.already-settled",
                    "agreement " + id + " is " + status + " and cannot be withdrawn");
        }
        this.status = AgreementStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    /** Still waiting: for the participant's answer, or for a new proposal after they asked to renegotiate. */
    public boolean isUnsettled() {
        return status == AgreementStatus.PROPOSED || status == AgreementStatus.RENEGOTIATION_REQUESTED;
    }

    private void requireAnswerableBy(ParticipantId by) {
        requireCurrent();
        if (!participantId.equals(by)) {
            throw new RuleViolationException("participantId", "roles.not-your-agreement",
                    "only the participant the agreement is for can answer it");
        }
        if (status != AgreementStatus.PROPOSED) {
            throw new RuleViolationException("agreement", "roles.already-answered",
                    "agreement " + id + " has already been answered (" + status + ")");
        }
    }

    private void requireCurrent() {
        if (replacedAt != null) {
            throw new RuleViolationException("agreement", "roles.replaced",
                    "agreement " + id + " has been replaced by a newer proposal");
        }
    }

    private static int hours(Integer hours) {
        if (hours == null) {
            throw new RuleViolationException("hoursPerMonth", "required", "hoursPerMonth is required");
        }
        if (hours < 0 || hours > MAX_HOURS_PER_MONTH) {
            throw new RuleViolationException("hoursPerMonth", "roles.hours-out-of-range",
                    "hoursPerMonth must be between 0 and " + MAX_HOURS_PER_MONTH);
        }
        return hours;
    }

    public RoleAgreementId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    /** 1 for the first proposal to this participant, one more for every revision. */
    public int revision() {
        return revision;
    }

    public Role role() {
        return role;
    }

    public String responsibilities() {
        return responsibilities;
    }

    public int hoursPerMonth() {
        return hoursPerMonth;
    }

    public String supportAgreed() {
        return supportAgreed;
    }

    public AgreementStatus status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    /** When the participant accepted or asked to renegotiate. */
    public Instant answeredAt() {
        return answeredAt;
    }

    public String renegotiationComment() {
        return renegotiationComment;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    /** When the agreement was withdrawn because its participant stepped back. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** Not replaced by a newer proposal. */
    public boolean isCurrent() {
        return replacedAt == null;
    }
}
