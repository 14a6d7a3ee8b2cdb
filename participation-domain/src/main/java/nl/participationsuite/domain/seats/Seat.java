package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;

/**
 * A seat in a steering group, held by one participant for a term. A vacated seat stays on record
 * (with when it was vacated); the declared backgrounds never change once the seat is assigned.
 */
@Entity
@Table(name = "seat")
public class Seat extends AuditedEntity {

    @EmbeddedId
    private SeatId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "holder_id", nullable = false))
    private ParticipantId holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false)
    private PersonKind holderKind;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_until", nullable = false)
    private LocalDate termUntil;

    // Set once with the seat and never changed: the seat's own audit columns attribute them.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seat_background", joinColumns = @JoinColumn(name = "seat_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "background", nullable = false)
    private Set<Background> backgrounds = new HashSet<>();

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "vacated_at")
    private Instant vacatedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_comment")
    private String declineComment;

    protected Seat() {
    }

    Seat(ParticipantId holderId, PersonKind holderKind, LocalDate termFrom, LocalDate termUntil,
            Set<Background> backgrounds, Instant assignedAt) {
        this.id = SeatId.random();
        this.holderId = holderId;
        this.holderKind = holderKind;
        this.termFrom = termFrom;
        this.termUntil = termUntil;
        this.backgrounds.addAll(backgrounds);
        this.assignedAt = assignedAt;
    }

    void accept(ParticipantId by, Instant now) {
        requireUndecidedHolder(by);
        this.acceptedAt = now;
    }

    /** The holder does not take the seat: it is vacated, with their reason when they give one. */
    void decline(ParticipantId by, String comment, Instant now) {
        requireUndecidedHolder(by);
        this.declineComment = Texts.optional("comment", comment, 1000);
        this.declinedAt = now;
        this.vacatedAt = now;
    }

    private void requireUndecidedHolder(ParticipantId by) {
        if (!isOccupied()) {
            throw new RuleViolationException("seatId", "seats.vacated", "seat " + id + " has been vacated");
        }
        if (!holderId.equals(by)) {
            throw new RuleViolationException("participantId", "seats.not-your-seat",
                    "only the holder accepts or declines seat " + id);
        }
        if (acceptedAt != null) {
            throw new RuleViolationException("seatId", "seats.already-accepted", "seat " + id + " is already accepted");
        }
    }

    void vacate(Instant now) {
        this.vacatedAt = now;
    }

    SeatCompositionRules.OccupiedSeat asOccupied() {
        return new SeatCompositionRules.OccupiedSeat(holderKind, backgrounds);
    }

    public SeatId id() {
        return id;
    }

    public ParticipantId holderId() {
        return holderId;
    }

    public PersonKind holderKind() {
        return holderKind;
    }

    public boolean isResidentSeat() {
        return holderKind == PersonKind.RESIDENT;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public LocalDate termUntil() {
        return termUntil;
    }

    public Set<Background> backgrounds() {
        return backgrounds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(backgrounds));
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public Instant declinedAt() {
        return declinedAt;
    }

    public String declineComment() {
        return declineComment;
    }

    public Instant vacatedAt() {
        return vacatedAt;
    }

    public boolean isOccupied() {
        return vacatedAt == null;
    }
}
