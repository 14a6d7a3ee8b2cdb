package nl.participationsuite.domain.vision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * One version of the shared vision of a trajectory. A version is drafted, put out for review,
 * and either adopted (when every review endorses it) or superseded by a revision. The adopted
 * version is frozen: it is what the trajectory's successes and evaluation are measured against.
 */
@Entity
@Table(name = "vision_version")
public class VisionVersion extends AuditedEntity {

    static final int MAX_GOAL = 4000;

    static final int MAX_EXPECTATION = 2000;

    static final int MAX_COMMENT = 2000;

    @EmbeddedId
    private VisionVersionId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private VisionStatus status;

    @Column(name = "shared_goal", nullable = false)
    private String sharedGoal;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    // Three collections of one aggregate: loaded with separate selects rather than one joined product.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "vision_version_id", nullable = false)
    @OrderBy("position")
    @Fetch(FetchMode.SUBSELECT)
    private List<PartyExpectation> expectations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "vision_version_id", nullable = false)
    @OrderBy("position")
    @Fetch(FetchMode.SUBSELECT)
    private List<SuccessCriterion> successCriteria = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "vision_version_id", nullable = false)
    @OrderBy("reviewedAt")
    @Fetch(FetchMode.SUBSELECT)
    private List<VisionReview> reviews = new ArrayList<>();

    protected VisionVersion() {
    }

    private VisionVersion(Trajectory trajectory, int number, VisionContent content) {
        if (content == null) {
            throw new RuleViolationException("sharedGoal", "required", "sharedGoal is required");
        }
        String goal = Texts.required("sharedGoal", content.sharedGoal(), MAX_GOAL);
        List<PartyExpectation> checkedExpectations = expectations(trajectory, content.expectations());
        List<SuccessCriterion> checkedCriteria = criteria(content.successCriteria());
        this.id = VisionVersionId.random();
        this.trajectoryId = trajectory.id();
        this.number = number;
        this.status = VisionStatus.DRAFT;
        this.sharedGoal = goal;
        this.expectations.addAll(checkedExpectations);
        this.successCriteria.addAll(checkedCriteria);
    }

    /** The first version of a trajectory's vision. */
    static VisionVersion first(Trajectory trajectory, VisionContent content) {
        return new VisionVersion(trajectory, 1, content);
    }

    /**
     * A revision: the next version, as a draft; this version is superseded. An adopted version is
     * never revised.
     */
    VisionVersion revise(Trajectory trajectory, VisionContent content, Instant now) {
        requireStatus(VisionStatus.DRAFT, VisionStatus.IN_REVIEW);
        VisionVersion next = new VisionVersion(trajectory, number + 1, content);
        this.status = VisionStatus.SUPERSEDED;
        this.supersededAt = now;
        return next;
    }

    void submitForReview(Instant now) {
        requireStatus(VisionStatus.DRAFT);
        this.status = VisionStatus.IN_REVIEW;
        this.submittedAt = now;
    }

    /** A participant's review; each participant reviews a version once, a change request says why. */
    VisionReview review(Participant reviewer, ReviewVerdict verdict, String comment, Instant now) {
        requireStatus(VisionStatus.IN_REVIEW);
        if (!reviewer.isActive()) {
            throw new RuleViolationException("participantId", "participant.stepped-back",
                    "participant " + reviewer.id() + " has stepped back");
        }
        if (verdict == null) {
            throw new RuleViolationException("verdict", "required", "verdict is required");
        }
        String checkedComment = verdict == ReviewVerdict.CHANGE_REQUESTED
                ? Texts.required("comment", comment, MAX_COMMENT)
                : Texts.optional("comment", comment, MAX_COMMENT);
        if (reviewOf(reviewer.id()).isPresent()) {
            throw new RuleViolationException("participantId", "vision.already-reviewed",
                    "participant " + reviewer.id() + " has already reviewed version " + number);
        }
        VisionReview review = new VisionReview(reviewer.id(), verdict, checkedComment, now);
        reviews.add(review);
        return review;
    }

    /** Adopts the version: only while in review, and only when it was reviewed and every review endorses it. */
    void adopt(Instant now) {
        requireStatus(VisionStatus.IN_REVIEW);
        if (reviews.isEmpty()) {
            throw new RuleViolationException("vision", "vision.not-reviewed", "version " + number + " has no reviews yet");
        }
        if (!reviews.stream().allMatch(VisionReview::isEndorsement)) {
            throw new RuleViolationException("vision", "vision.change-requested",
                    "version " + number + " has change requests; revise it first");
        }
        this.status = VisionStatus.ADOPTED;
        this.adoptedAt = now;
    }

    /** How far the given reviewers are with this version. */
    public ReviewSummary summary(List<ParticipantId> reviewers) {
        List<ParticipantId> endorsed = new ArrayList<>();
        List<ParticipantId> changeRequested = new ArrayList<>();
        List<ParticipantId> pending = new ArrayList<>();
        for (ParticipantId reviewer : reviewers) {
            Optional<VisionReview> review = reviewOf(reviewer);
            if (review.isEmpty()) {
                pending.add(reviewer);
            }
            else if (review.get().isEndorsement()) {
                endorsed.add(reviewer);
            }
            else {
                changeRequested.add(reviewer);
            }
        }
        return new ReviewSummary(id, endorsed, changeRequested, pending);
    }

    public Optional<VisionReview> reviewOf(ParticipantId participantId) {
        return reviews.stream().filter(r -> r.participantId().equals(participantId)).findFirst();
    }

    private void requireStatus(VisionStatus... allowed) {
        for (VisionStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        switch (status) {
            case ADOPTED -> throw new RuleViolationException("vision", "vision.adopted-is-final",
                    "version " + number + " is adopted and can no longer change");
            case SUPERSEDED -> throw new RuleViolationException("vision", "vision.superseded",
                    "version " + number + " has been superseded by a revision");
            case IN_REVIEW -> throw new RuleViolationException("vision", "vision.in-review",
                    "version " + number + " is already out for review");
            default -> throw new RuleViolationException("vision", "vision.not-in-review",
                    "version " + number + " is not out for review");
        }
    }

    private static List<PartyExpectation> expectations(Trajectory trajectory, List<VisionContent.Expectation> given) {
        if (given == null || given.isEmpty()) {
            throw new RuleViolationException("expectations", "required", "the expectations of the parties are required");
        }
        List<PartyExpectation> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            VisionContent.Expectation expectation = given.get(i);
            String prefix = "expectations[" + i + "].";
            if (expectation == null || expectation.party() == null) {
                throw new RuleViolationException(prefix + "party", "required", "party is required");
            }
            boolean forParticipant = expectation.party() == Party.PARTICIPANT;
            if (forParticipant && expectation.participantId() == null) {
                throw new RuleViolationException(prefix + "participantId", "required",
                        "the expectation of a participant names the participant");
            }
            if (!forParticipant && expectation.participantId() != null) {
                throw new RuleViolationException(prefix + "participantId", "vision.participant-for-group",
                        "the expectation of a group names no participant");
            }
            if (forParticipant && trajectory.participants().stream()
                    .noneMatch(p -> p.id().equals(expectation.participantId()))) {
                throw new RuleViolationException(prefix + "participantId", "participant.unknown",
                        "no participant " + expectation.participantId() + " in trajectory " + trajectory.reference());
            }
            String text = Texts.required(prefix + "text", expectation.text(), MAX_EXPECTATION);
            result.add(new PartyExpectation(i, expectation.party(), expectation.participantId(), text));
        }
        return result;
    }

    private static List<SuccessCriterion> criteria(List<VisionContent.Criterion> given) {
        if (given == null || given.isEmpty()) {
            throw new RuleViolationException("successCriteria", "required",
                    "the definition of success needs at least one measurable criterion");
        }
        List<SuccessCriterion> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            VisionContent.Criterion criterion = given.get(i);
            String prefix = "successCriteria[" + i + "].";
            if (criterion == null) {
                throw new RuleViolationException(prefix + "description", "required", "description is required");
            }
            result.add(new SuccessCriterion(i,
                    Texts.required(prefix + "description", criterion.description(), 500),
                    Texts.required(prefix + "measuredBy", criterion.measuredBy(), 500),
                    Texts.required(prefix + "target", criterion.target(), 200)));
        }
        return result;
    }

    public VisionVersionId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public int number() {
        return number;
    }

    public VisionStatus status() {
        return status;
    }

    public boolean isAdopted() {
        return status == VisionStatus.ADOPTED;
    }

    public String sharedGoal() {
        return sharedGoal;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public List<PartyExpectation> expectations() {
        return List.copyOf(expectations);
    }

    public List<SuccessCriterion> successCriteria() {
        return List.copyOf(successCriteria);
    }

    public boolean hasCriterion(SuccessCriterionId criterionId) {
        return successCriteria.stream().anyMatch(c -> c.id().equals(criterionId));
    }

    public List<VisionReview> reviews() {
        return List.copyOf(reviews);
    }
}
