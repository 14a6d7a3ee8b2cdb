package nl.participationsuite.domain.motivation;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;

/** One version of a resident's motivation profile, with who recorded it and when. Immutable. */
@Embeddable
public class Motivation {

    public static final int MAXIMUM_HOURS_PER_MONTH = 160;

    @Column(name = "energy_sources", nullable = false)
    private String energySources;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Column(name = "involvement_kinds", nullable = false)
    private String involvementKinds;

    @Column(name = "preferred_times", nullable = false)
    private String preferredTimes;

    @Column(name = "preferred_venue_types", nullable = false)
    private String preferredVenueTypes;

    @Column(name = "support_needs")
    private String supportNeeds;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private ProfileSource source;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "recorded_by", nullable = false))
    private PersonId recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Motivation() {
    }

    /** Checks the content; who may record it is the profile's rule. */
    Motivation(RecordMotivation record, Instant now) {
        if (record.hoursPerMonth() == null) {
            throw new RuleViolationException("hoursPerMonth", "required", "hoursPerMonth is required");
        }
        if (record.hoursPerMonth() < 0 || record.hoursPerMonth() > MAXIMUM_HOURS_PER_MONTH) {
            throw new RuleViolationException("hoursPerMonth", "motivation.hours-out-of-range",
                    "hoursPerMonth must be between 0 and " + MAXIMUM_HOURS_PER_MONTH);
        }
        String validSupportNeeds = Texts.optional("supportNeeds", record.supportNeeds(), 2000);
        if (record.source() == null) {
            throw new RuleViolationException("source", "required", "source is required");
        }
        if (record.recordedBy() == null) {
            throw new RuleViolationException("recordedBy", "required", "recordedBy is required");
        }
        this.energySources = EnumSets.join(record.energySources());
        this.hoursPerMonth = record.hoursPerMonth();
        this.involvementKinds = EnumSets.join(record.involvementKinds());
        this.preferredTimes = EnumSets.join(record.preferredTimes());
        this.preferredVenueTypes = EnumSets.join(record.preferredVenueTypes());
        this.supportNeeds = validSupportNeeds;
        this.source = record.source();
        this.recordedBy = record.recordedBy();
        this.recordedAt = now;
    }

    public Set<EnergySource> energySources() {
        return EnumSets.split(energySources, EnergySource.class);
    }

    /** The most time the resident wants to spend per month. */
    public int hoursPerMonth() {
        return hoursPerMonth;
    }

    /** The kinds of involvement the resident is open to. */
    public Set<ParticipationLevel> involvementKinds() {
        return EnumSets.split(involvementKinds, ParticipationLevel.class);
    }

    public Set<PreferredTime> preferredTimes() {
        return EnumSets.split(preferredTimes, PreferredTime.class);
    }

    /** The kinds of venue where the resident feels at ease; empty when they did not say. */
    public Set<VenueType> preferredVenueTypes() {
        return EnumSets.split(preferredVenueTypes, VenueType.class);
    }

    public String supportNeeds() {
        return supportNeeds;
    }

    public ProfileSource source() {
        return source;
    }

    public PersonId recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
