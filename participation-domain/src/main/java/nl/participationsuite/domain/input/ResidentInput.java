package nl.participationsuite.domain.input;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

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

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * Input of a resident on a trajectory. Every input is valued and answered: it is considered, and
 * its final status always comes with feedback to the resident, due within the response time;
 * late input is escalated. Every status change is kept for the resident's timeline.
 */
@Entity
@Table(name = "resident_input")
public class ResidentInput extends AuditedEntity {

    public static final int MAX_TEXT = 4000;

    /** How far ahead an interim answer may put the real answer. */
    public static final Period LONGEST_WAIT = Period.ofMonths(6);

    @EmbeddedId
    private InputId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "recorded_on_behalf_by"))
    private PersonId recordedOnBehalfBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private InputChannel channel;

    @Column(name = "topic")
    private String topic;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InputStatus status;

    @Column(name = "feedback")
    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "feedback_by"))
    private PersonId feedbackBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "interim_answer")
    private String interimAnswer;

    @Column(name = "interim_at")
    private Instant interimAt;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "interim_by"))
    private PersonId interimBy;

    @Column(name = "expected_answer_on")
    private LocalDate expectedAnswerOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_passed_on")
    private AnswerDelivery answerPassedOn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "resident_input_id", nullable = false)
    @OrderBy("step")
    private List<InputStatusChange> history = new ArrayList<>();

    protected ResidentInput() {
    }

    /**
     * Receives input of a resident participant, typed in by the resident or by a professional of
     * the trajectory on their behalf; due {@code responseTime} after it was received.
     */
    ResidentInput(Trajectory trajectory, ReceiveInput input, Duration responseTime, Instant now) {
        Participant resident = resident(trajectory, input.residentId());
        PersonId recorder = recorder(trajectory, input.recordedOnBehalfBy());
        if (input.channel() == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        String checkedTopic = Texts.optionalLine("topic", input.topic(), 200);
        String checkedText = Texts.required("text", input.text(), MAX_TEXT);
        Instant received = input.receivedAt() == null ? now : input.receivedAt();
        if (received.isAfter(now)) {
            throw new RuleViolationException("receivedAt", "input.received-in-future", "input is not received in the future");
        }
        this.id = InputId.random();
        this.trajectoryId = trajectory.id();
        this.participantId = resident.id();
        this.recordedOnBehalfBy = recorder;
        this.channel = input.channel();
        this.topic = checkedTopic;
        this.text = checkedText;
        this.receivedAt = received;
        this.dueAt = received.plus(responseTime);
        this.status = InputStatus.RECEIVED;
        record(InputStatus.RECEIVED, now, recorder != null ? recorder : resident.personId());
    }

    /** Someone of the trajectory takes the input into consideration. */
    void startConsidering(PersonId by, Instant now) {
        if (status != InputStatus.RECEIVED) {
            throw new RuleViolationException("input", "input.not-received",
                    "input " + id + " is " + status + ", not freshly received");
        }
        this.status = InputStatus.UNDER_CONSIDERATION;
        record(InputStatus.UNDER_CONSIDERATION, now, by);
    }

    /**
     * An interim answer before the real one: what is being done ("we are finding out"), and the day
     * the resident can expect the answer, after today and at most {@link #LONGEST_WAIT} ahead. Takes
     * the input into consideration when nobody did yet; a later interim answer replaces the earlier one.
     * Refused once the input is answered.
     */
    void giveInterimAnswer(String answerText, LocalDate expectedOn, PersonId by, Instant now, LocalDate today) {
        if (isAnswered()) {
            throw new RuleViolationException("input", "input.already-answered", "input " + id + " has been answered");
        }
        String checked = Texts.required("interimAnswer", answerText, MAX_TEXT);
        if (expectedOn == null) {
            throw new RuleViolationException("expectedOn", "required", "expectedOn is required");
        }
        if (!expectedOn.isAfter(today)) {
            throw new RuleViolationException("expectedOn", "input.expected-not-after-today",
                    "the answer is expected after today");
        }
        if (expectedOn.isAfter(today.plus(LONGEST_WAIT))) {
            throw new RuleViolationException("expectedOn", "input.expected-too-late",
                    "an answer is expected within " + LONGEST_WAIT);
        }
        if (status == InputStatus.RECEIVED) {
            startConsidering(by, now);
        }
        this.interimAnswer = checked;
        this.interimAt = now;
        this.interimBy = by;
        this.expectedAnswerOn = expectedOn;
    }

    /**
     * The answer: a final status with feedback to the resident, given by someone of the trajectory,
     * and how it reached them. A resident with a portal account reads it there unless said otherwise;
     * for one without, the responder passes it on and must say how (not through the portal).
     */
    void respond(InputStatus answer, String feedbackText, AnswerDelivery delivery, boolean residentHasAccount,
            PersonId responder, Instant now) {
        if (status != InputStatus.UNDER_CONSIDERATION) {
            throw new RuleViolationException("input", "input.not-under-consideration",
                    "input " + id + " is " + status + ", not under consideration");
        }
        if (answer == null) {
            throw new RuleViolationException("status", "required", "status is required");
        }
        if (!answer.isFinal()) {
            throw new RuleViolationException("status", "input.not-an-answer",
                    "the answer is adopted, partly adopted or not adopted");
        }
        String checkedFeedback = Texts.required("feedback", feedbackText, MAX_TEXT);
        AnswerDelivery passedOn = delivery != null ? delivery : residentHasAccount ? AnswerDelivery.PORTAL : null;
        if (passedOn == null) {
            throw new RuleViolationException("passedOn", "input.passed-on-required",
                    "the resident has no portal account: say how the answer reaches them");
        }
        if (passedOn == AnswerDelivery.PORTAL && !residentHasAccount) {
            throw new RuleViolationException("passedOn", "input.no-portal-account",
                    "the resident has no portal account to read the answer in");
        }
        this.status = answer;
        this.feedback = checkedFeedback;
        this.feedbackAt = now;
        this.feedbackBy = responder;
        this.answerPassedOn = passedOn;
        record(answer, now, responder);
    }

    /** Marks the input as escalated for being late; the first escalation counts. */
    void markEscalated(Instant now) {
        if (isAnswered()) {
            throw new RuleViolationException("input", "input.already-answered", "input " + id + " has been answered");
        }
        if (escalatedAt == null) {
            this.escalatedAt = now;
        }
    }

    private void record(InputStatus reached, Instant now, PersonId by) {
        history.add(new InputStatusChange(history.size() + 1, reached, now, by));
    }

    private static Participant resident(Trajectory trajectory, ParticipantId residentId) {
        if (residentId == null) {
            throw new RuleViolationException("residentId", "required", "residentId is required");
        }
        Participant resident = trajectory.participants().stream().filter(p -> p.id().equals(residentId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("residentId", "participant.unknown",
                        "no participant " + residentId + " in trajectory " + trajectory.reference()));
        if (!resident.isResident()) {
            throw new RuleViolationException("residentId", "input.not-a-resident", "input comes from residents");
        }
        return resident;
    }

    private static PersonId recorder(Trajectory trajectory, PersonId recordedOnBehalfBy) {
        if (recordedOnBehalfBy == null) {
            return null;
        }
        boolean professionalOfTrajectory = trajectory.participantOf(recordedOnBehalfBy)
                .filter(p -> p.kind() == PersonKind.PROFESSIONAL).isPresent();
        if (!professionalOfTrajectory) {
            throw new RuleViolationException("recordedOnBehalfBy", "input.recorder-not-a-professional",
                    "input is recorded on a resident's behalf by a professional of the trajectory");
        }
        return recordedOnBehalfBy;
    }

    public InputId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** The resident whose input this is. */
    public ParticipantId participantId() {
        return participantId;
    }

    /** The professional who recorded it for a resident without an account, or null. */
    public PersonId recordedOnBehalfBy() {
        return recordedOnBehalfBy;
    }

    public InputChannel channel() {
        return channel;
    }

    public String topic() {
        return topic;
    }

    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public InputStatus status() {
        return status;
    }

    public boolean isAnswered() {
        return status.isFinal();
    }

    /** Not answered by its due date. */
    public boolean isLate(Instant now) {
        return !isAnswered() && now.isAfter(dueAt);
    }

    public String feedback() {
        return feedback;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }

    public PersonId feedbackBy() {
        return feedbackBy;
    }

    /** The latest interim answer, or null when none was given. */
    public String interimAnswer() {
        return interimAnswer;
    }

    public Instant interimAt() {
        return interimAt;
    }

    public PersonId interimBy() {
        return interimBy;
    }

    /** The day the interim answer promised the real answer, or null. */
    public LocalDate expectedAnswerOn() {
        return expectedAnswerOn;
    }

    /** How the answer reached the resident, or null while it is not answered. */
    public AnswerDelivery answerPassedOn() {
        return answerPassedOn;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public List<InputStatusChange> history() {
        return List.copyOf(history);
    }
}
