package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A proposal the steering group decides on. Every seat holder votes once before the deadline;
 * closing records the holders who did not vote as absent, and the outcome. The round decides only
 * with its quorum: enough votes cast (a majority of the seat holders unless set otherwise) and, never
 * one token resident, at least {@link #RESIDENT_VOTES} residents among them. Afterwards the
 * coordinator records what was done with the decision.
 */
@Entity
@Table(name = "decision_round")
public class DecisionRound extends AuditedEntity {

    static final int MAX_COMMENT = 1000;

    /** How many residents must vote for a round to decide (fewer when fewer residents hold a seat). */
    public static final int RESIDENT_VOTES = 2;

    public static final int MAX_FOLLOW_UP = 2000;

    /** How many background documents a proposal may have: enough to inform, few enough to read. */
    public static final int MAX_DOCUMENTS = 5;

    @EmbeddedId
    private DecisionRoundId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "steering_group_id", nullable = false))
    private SteeringGroupId steeringGroupId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "proposal", nullable = false)
    private String proposal;

    @Column(name = "deadline", nullable = false)
    private Instant deadline;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private RoundOutcome outcome;

    @Column(name = "quorum")
    private Integer quorum;

    @Column(name = "resident_votes_needed")
    private Integer residentVotesNeeded;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "follow_up_by"))
    private PersonId followUpBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_round_document", joinColumns = @JoinColumn(name = "decision_round_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<BackgroundDocument> documents = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_round_id", nullable = false)
    @OrderBy("castAt")
    private List<Vote> votes = new ArrayList<>();

    protected DecisionRound() {
    }

    private DecisionRound(SteeringGroup group, String title, String proposal, Instant deadline, int quorum,
            int residentVotesNeeded, Instant now) {
        this.id = DecisionRoundId.random();
        this.steeringGroupId = group.id();
        this.trajectoryId = group.trajectoryId();
        this.title = title;
        this.proposal = proposal;
        this.deadline = deadline;
        this.quorum = quorum;
        this.residentVotesNeeded = residentVotesNeeded;
        this.openedAt = now;
    }

    /** The default quorum of a group with this many seat holders: a majority of them. */
    public static int defaultQuorum(int holders) {
        return holders / 2 + 1;
    }

    /** The lowest quorum the coordinator may set: two votes (one where only one seat is held), never one person deciding alone. */
    public static int lowestQuorum(int holders) {
        return Math.min(2, holders);
    }

    /** Opens a round of the group; the deadline lies in the future and the group has seat holders to vote. */
    static DecisionRound open(SteeringGroup group, OpenRound round, Instant now) {
        if (round == null) {
            throw new RuleViolationException("title", "required", "title is required");
        }
        String title = Texts.requiredLine("title", round.title(), 200);
        String proposal = Texts.required("proposal", round.proposal(), 4000);
        if (round.deadline() == null) {
            throw new RuleViolationException("deadline", "required", "deadline is required");
        }
        SensibleDates.require("deadline", round.deadline(), now);
        if (!round.deadline().isAfter(now)) {
            throw new RuleViolationException("deadline", "rounds.deadline-not-in-future", "the deadline lies in the future");
        }
        int holders = group.holders().size();
        if (holders == 0) {
            throw new RuleViolationException("steeringGroup", "rounds.no-seat-holders",
                    "the steering group has no seat holders to vote");
        }
        int quorum = round.quorum() == null ? defaultQuorum(holders) : round.quorum();
        if (quorum < lowestQuorum(holders) || quorum > holders) {
            throw new RuleViolationException("quorum", "rounds.quorum-out-of-range",
                    "the quorum lies between " + lowestQuorum(holders) + " and the " + holders + " seat holders");
        }
        int residentVotes = Math.min(RESIDENT_VOTES, group.residentHolders().size());
        if (round.documents().size() > MAX_DOCUMENTS) {
            throw new RuleViolationException("documents", "rounds.too-many-documents",
                    "at most " + MAX_DOCUMENTS + " background documents");
        }
        List<BackgroundDocument> documents = new ArrayList<>();
        for (int i = 0; i < round.documents().size(); i++) {
            documents.add(BackgroundDocument.checked(round.documents().get(i), "documents[" + i + "]"));
        }
        DecisionRound opened = new DecisionRound(group, title, proposal, round.deadline(), quorum, residentVotes, now);
        opened.documents.addAll(documents);
        return opened;
    }

    /** A holder's vote: once, before the deadline, while the round is open. */
    Vote vote(ParticipantId voter, VoteChoice choice, String comment, List<ParticipantId> holders, Instant now) {
        requireOpen();
        if (now.isAfter(deadline)) {
            throw new RuleViolationException("deadline", "rounds.deadline-passed", "the deadline for votes has passed");
        }
        if (voter == null || !holders.contains(voter)) {
            throw new RuleViolationException("participantId", "rounds.not-a-seat-holder",
                    "only seat holders of the steering group vote");
        }
        if (voteOf(voter).isPresent()) {
            throw new RuleViolationException("participantId", "rounds.already-voted", "a seat holder votes once");
        }
        if (choice == null) {
            throw new RuleViolationException("choice", "required", "choice is required");
        }
        if (choice == VoteChoice.ABSENT) {
            throw new RuleViolationException("choice", "rounds.absent-is-not-a-vote", "absence is recorded, not cast");
        }
        Vote vote = new Vote(voter, choice, Texts.optional("comment", comment, MAX_COMMENT), now);
        votes.add(vote);
        return vote;
    }

    /** Whether the round may close now: the deadline has come, or every holder voted. */
    boolean closable(List<ParticipantId> holders, Instant now) {
        return !now.isBefore(deadline) || holders.stream().allMatch(h -> voteOf(h).isPresent());
    }

    /**
     * Closes the round: holders who did not vote are recorded absent, and the outcome is decided. Too
     * few votes, or too few of residents, decide nothing ({@link RoundOutcome#NO_QUORUM}).
     */
    void close(List<ParticipantId> holders, List<ParticipantId> residentHolders, Instant now) {
        requireOpen();
        if (!closable(holders, now)) {
            throw new RuleViolationException("deadline", "rounds.still-open",
                    "the round closes at its deadline or when every seat holder voted");
        }
        for (ParticipantId holder : holders) {
            if (voteOf(holder).isEmpty()) {
                votes.add(new Vote(holder, VoteChoice.ABSENT, null, now));
            }
        }
        long cast = votes.stream().filter(Vote::isCast).count();
        long residentsCast = votes.stream().filter(Vote::isCast)
                .filter(vote -> residentHolders.contains(vote.participantId())).count();
        boolean quorate = cast >= (quorum == null ? 1 : quorum)
                && residentsCast >= (residentVotesNeeded == null ? 0 : residentVotesNeeded);
        this.outcome = quorate
                ? RoundOutcome.decide(count(VoteChoice.FOR), count(VoteChoice.AGAINST), count(VoteChoice.ABSTAIN))
                : RoundOutcome.NO_QUORUM;
        this.closedAt = now;
    }

    /**
     * What was done with the decision, recorded once the round closed: by someone of the trajectory
     * (the service checks who); a later record replaces the earlier one.
     */
    void recordFollowUp(String text, PersonId by, Instant now) {
        if (!isClosed()) {
            throw new RuleViolationException("followUp", "rounds.not-decided-yet",
                    "what was done with a decision is recorded after the round closed");
        }
        this.followUp = Texts.required("followUp", text, MAX_FOLLOW_UP);
        this.followUpAt = now;
        this.followUpBy = by;
    }

    /** How many votes the round needs to decide; null for a round opened before quorums (any vote counted). */
    public Integer quorum() {
        return quorum;
    }

    /** How many residents among the voters the round needs; null for a round opened before quorums. */
    public Integer residentVotesNeeded() {
        return residentVotesNeeded;
    }

    /** The proposal's background documents, in their order. */
    public List<BackgroundDocument> documents() {
        return List.copyOf(documents);
    }

    /** What was done with the decision, or null while nothing was recorded. */
    public String followUp() {
        return followUp;
    }

    public Instant followUpAt() {
        return followUpAt;
    }

    public PersonId followUpBy() {
        return followUpBy;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new RuleViolationException("round", "rounds.closed", "decision round " + title + " is closed");
        }
    }

    public Optional<Vote> voteOf(ParticipantId participantId) {
        return votes.stream().filter(v -> v.participantId().equals(participantId)).findFirst();
    }

    public long count(VoteChoice choice) {
        return votes.stream().filter(v -> v.choice() == choice).count();
    }

    public DecisionRoundId id() {
        return id;
    }

    public SteeringGroupId steeringGroupId() {
        return steeringGroupId;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public String title() {
        return title;
    }

    public String proposal() {
        return proposal;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The outcome once closed; null while open. */
    public RoundOutcome outcome() {
        return outcome;
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }
}
