package nl.participationsuite.web.workspace.trajectory;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.participationsuite.domain.conditions.ConditionGap;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsCheckId;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.EarlyInvolvementStatus;
import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.ExistingNetworkId;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.Recruitment;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.support.SupportInvestment;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.TrajectorySummary;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.web.workspace.trajectory.TrajectoryOverview.Action;
import nl.participationsuite.web.workspace.trajectory.TrajectoryOverview.Moment;
import nl.participationsuite.web.workspace.trajectory.TrajectoryOverview.StepState;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the workspace's read models of trajectories from the domain services' read methods.
 * The scope check comes first ({@link TrajectoryService#visibleTo}); only then is anything of the
 * trajectory read, and only that trajectory's records. One read-only transaction per page, and a
 * fixed number of statements whatever the trajectory holds: each section is one or a few queries,
 * the collections of its rows (an input's timeline, a round's votes) are batch-fetched for all rows
 * at once, people's names are looked up once ({@code StatementCountIntegrationTests} holds it to that).
 */
@Service
@Transactional(readOnly = true)
class TrajectoryOverviews {

    static final int PAGE_SIZE = 20;

    /** Amounts are shown as Dutch euro amounts in both languages: the product pays in the Netherlands. */
    private static final Locale AMOUNT_LOCALE = Locale.forLanguageTag("nl-NL");

    private final TrajectoryService trajectories;

    private final People people;

    private final InvolvementService involvement;

    private final VisionService visions;

    private final RoleAgreementService roles;

    private final SteeringGroupService steeringGroups;

    private final DecisionRoundService rounds;

    private final InputService inputs;

    private final SuccessService successes;

    private final MeetingService meetings;

    private final SupportService support;

    private final ConditionsService conditions;

    private final MessageSource messages;

    private final Clock clock;

    TrajectoryOverviews(TrajectoryService trajectories, People people, InvolvementService involvement,
            VisionService visions, RoleAgreementService roles, SteeringGroupService steeringGroups,
            DecisionRoundService rounds, InputService inputs, SuccessService successes, MeetingService meetings,
            SupportService support, ConditionsService conditions, MessageSource messages, Clock clock) {
        this.trajectories = trajectories;
        this.people = people;
        this.involvement = involvement;
        this.visions = visions;
        this.roles = roles;
        this.steeringGroups = steeringGroups;
        this.rounds = rounds;
        this.inputs = inputs;
        this.successes = successes;
        this.meetings = meetings;
        this.support = support;
        this.conditions = conditions;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * One page of the trajectories in the person's scope, in a phase or any (null), newest first; a
     * page out of range shows the nearest. The rows with their coordinator's name are one statement.
     */
    TrajectoryList list(PersonId me, int page, Phase phase) {
        int wanted = Math.max(page, 1);
        Page<TrajectorySummary> found = trajectories.summariesVisibleTo(me, phase, PageRequest.of(wanted - 1, PAGE_SIZE));
        if (found.getTotalPages() > 0 && wanted > found.getTotalPages()) {
            wanted = found.getTotalPages();
            found = trajectories.summariesVisibleTo(me, phase, PageRequest.of(wanted - 1, PAGE_SIZE));
        }
        List<TrajectoryList.Row> rows = found.getContent().stream()
                .map(trajectory -> new TrajectoryList.Row(trajectory.id().value(), trajectory.reference(),
                        trajectory.title(), trajectory.area(), trajectory.phase(), trajectory.coordinatorName(),
                        TrajectoryPaths.trajectory(trajectory.id().value())))
                .toList();
        int pages = Math.max(1, found.getTotalPages());
        return new TrajectoryList(rows, found.getTotalElements(), wanted, pages, phase,
                wanted > 1 ? TrajectoryPaths.list(wanted - 1, phase) : null,
                wanted < pages ? TrajectoryPaths.list(wanted + 1, phase) : null);
    }

    /** The trajectory's page as the person sees it; not found when it is outside their scope. */
    TrajectoryOverview overview(TrajectoryId id, PersonId me, Locale locale) {
        Trajectory trajectory = trajectories.visibleTo(id, me);
        Formats formats = new Formats(locale);
        Names names = new Names(trajectory);
        boolean coordinator = trajectory.coordinatorId().equals(me);
        TrajectoryOverview.Header header = new TrajectoryOverview.Header(id.value(), trajectory.reference(),
                trajectory.title(), trajectory.topic(), trajectory.area(), trajectory.kind(), trajectory.intendedLevel(),
                trajectory.phase(), names.person(trajectory.coordinatorId()), names.person(trajectory.contactPersonId()),
                formats.moment(trajectory.startedAt()), coordinator);
        List<RoleAgreement> agreements = roles.currentAgreements(id);
        return new TrajectoryOverview(header, timeline(trajectory, formats),
                participants(trajectory, agreements, names, formats), vision(id, names, formats),
                agreements(agreements, names, formats), steeringGroup(id, names, formats),
                rounds(id, formats), inputs(id, names, formats), successes(id, formats), meetings(id, formats, coordinator),
                supportRequests(trajectory, names, formats, coordinator), investment(id), conditions(id, formats),
                actions(trajectory, coordinator, trajectory.isWorkedOnBy(me)));
    }

    private static TrajectoryOverview.Timeline timeline(Trajectory trajectory, Formats formats) {
        Phase current = trajectory.phase();
        List<TrajectoryOverview.Step> steps = Arrays.stream(Phase.values())
                .map(phase -> new TrajectoryOverview.Step(phase, phase.ordinal() < current.ordinal() ? StepState.DONE
                        : phase == current ? StepState.CURRENT : StepState.NEXT))
                .toList();
        return new TrajectoryOverview.Timeline(steps, trajectory.cycle(), formats.moment(trajectory.closedAt()),
                trajectory.closedEarlyReason());
    }

    private TrajectoryOverview.Participants participants(Trajectory trajectory, List<RoleAgreement> current,
            Names names, Formats formats) {
        TrajectoryId id = trajectory.id();
        List<ExistingNetwork> networks = involvement.networks(id);
        Map<ExistingNetworkId, String> networkNames = networks.stream()
                .collect(Collectors.toMap(ExistingNetwork::id, ExistingNetwork::name));
        Map<ParticipantId, Recruitment> recruitments = involvement.recruitments(id).stream()
                .collect(Collectors.toMap(Recruitment::participantId, Function.identity(), (first, later) -> first));
        Map<ParticipantId, RoleAgreement> agreements = current.stream()
                .collect(Collectors.toMap(RoleAgreement::participantId, Function.identity(), (first, later) -> first));
        List<TrajectoryOverview.Member> members = trajectory.participants().stream().map(participant -> {
            Optional<Recruitment> recruitment = Optional.ofNullable(recruitments.get(participant.id()));
            return new TrajectoryOverview.Member(names.participant(participant.id()), participant.kind(),
                    Optional.ofNullable(agreements.get(participant.id())).map(RoleAgreement::role).orElse(null),
                    recruitment.map(Recruitment::channel).orElse(null),
                    recruitment.map(Recruitment::networkId).map(networkNames::get).orElse(null), participant.isActive(),
                    formats.moment(participant.steppedBackAt()), participant.id().value(), names.hasAccount(participant.id()));
        }).toList();
        EarlyInvolvementStatus status = involvement.status(id);
        return new TrajectoryOverview.Participants(members,
                networks.stream().map(network -> new TrajectoryOverview.Network(network.kind(), network.name(),
                        network.contactNote())).toList(),
                new TrajectoryOverview.Involvement(status.involvedResidents(), status.minimumResidents(),
                        status.distinctChannels(), status.minimumChannels(), status.thresholdsMet(),
                        trajectory.minimumChannelsJustification()));
    }

    private TrajectoryOverview.Vision vision(TrajectoryId id, Names names, Formats formats) {
        List<VisionVersion> versions = visions.versions(id);
        List<TrajectoryOverview.VisionVersion> rows = versions.stream()
                .map(version -> new TrajectoryOverview.VisionVersion(version.number(), version.status(),
                        formats.moment(Stream.of(version.adoptedAt(), version.supersededAt(), version.submittedAt())
                                .filter(moment -> moment != null).findFirst().orElse(null)),
                        version.reviews().stream().map(review -> new TrajectoryOverview.Review(
                                names.participant(review.participantId()), review.verdict(), review.comment(),
                                formats.moment(review.reviewedAt()))).toList()))
                .toList();
        TrajectoryOverview.Adopted adopted = versions.stream().filter(VisionVersion::isAdopted).findFirst()
                .map(version -> new TrajectoryOverview.Adopted(version.number(), version.sharedGoal(),
                        version.expectations().stream().map(expectation -> new TrajectoryOverview.Expectation(
                                expectation.party(), expectation.participantId() == null ? null
                                        : names.participant(expectation.participantId()),
                                expectation.expectation())).toList(),
                        version.successCriteria().stream().map(criterion -> new TrajectoryOverview.Criterion(
                                criterion.description(), criterion.measuredBy(), criterion.target())).toList()))
                .orElse(null);
        return new TrajectoryOverview.Vision(rows, adopted);
    }

    private static List<TrajectoryOverview.Agreement> agreements(List<RoleAgreement> current, Names names,
            Formats formats) {
        return current.stream()
                .map(agreement -> new TrajectoryOverview.Agreement(names.participant(agreement.participantId()),
                        agreement.role(), agreement.hoursPerMonth(), agreement.status(),
                        agreement.renegotiationComment(), formats.moment(agreement.proposedAt())))
                .toList();
    }

    private TrajectoryOverview.SteeringGroup steeringGroup(TrajectoryId id, Names names, Formats formats) {
        Optional<nl.participationsuite.domain.seats.SteeringGroup> group = steeringGroups.groupOf(id);
        List<TrajectoryOverview.SeatRow> seats = group.map(found -> found.seats().stream()
                .map(seat -> seat(seat, names, formats)).toList()).orElse(List.of());
        SeatCompositionVerdict verdict = steeringGroups.verdict(id);
        List<String> broken = verdict.brokenRules();
        TrajectoryOverview.Composition composition = new TrajectoryOverview.Composition(verdict.ok(),
                verdict.residentSeats(), verdict.totalSeats(), verdict.distinctResidentBackgrounds(),
                !broken.contains(SeatCompositionRules.TOO_FEW_RESIDENTS),
                !broken.contains(SeatCompositionRules.RESIDENT_SHARE_TOO_LOW),
                !broken.contains(SeatCompositionRules.SINGLE_BACKGROUND), SeatCompositionRules.MINIMUM_RESIDENT_SEATS,
                SeatCompositionRules.RESIDENT_SHARE_DENOMINATOR, SeatCompositionRules.MINIMUM_DISTINCT_BACKGROUNDS);
        List<TrajectoryOverview.RuleOverride> overrides = steeringGroups.overrides(id).stream()
                .map(override -> new TrajectoryOverview.RuleOverride(names.person(override.givenBy()),
                        formats.moment(override.givenAt()), override.justification(), override.brokenRules()))
                .toList();
        return new TrajectoryOverview.SteeringGroup(group.isPresent(), seats, composition, overrides);
    }

    private static TrajectoryOverview.SeatRow seat(Seat seat, Names names, Formats formats) {
        return new TrajectoryOverview.SeatRow(names.participant(seat.holderId()), seat.holderKind(),
                formats.date(seat.termFrom()), formats.date(seat.termUntil()),
                seat.backgrounds().stream().sorted().toList(), seat.isAccepted(), seat.isOccupied());
    }

    private List<TrajectoryOverview.Round> rounds(TrajectoryId id, Formats formats) {
        return rounds.rounds(id).stream().map(round -> round(round, formats)).toList();
    }

    private static TrajectoryOverview.Round round(DecisionRound round, Formats formats) {
        return new TrajectoryOverview.Round(round.title(), round.proposal(), formats.moment(round.deadline()),
                round.isClosed(), round.outcome(), round.count(VoteChoice.FOR), round.count(VoteChoice.AGAINST),
                round.count(VoteChoice.ABSTAIN), round.count(VoteChoice.ABSENT), round.quorum(), round.followUp(),
                round.isClosed() ? TrajectoryPaths.roundFollowUp(round.trajectoryId().value(), round.id().value()) : null);
    }

    private List<TrajectoryOverview.Input> inputs(TrajectoryId id, Names names, Formats formats) {
        Instant now = clock.instant();
        return inputs.ofTrajectory(id).stream().map((ResidentInput input) -> new TrajectoryOverview.Input(
                input.id().value(), input.topic(), names.participant(input.participantId()), input.status(),
                formats.moment(input.receivedAt()), formats.moment(input.dueAt()), input.isLate(now),
                input.isAnswered())).toList();
    }

    private TrajectoryOverview.Successes successes(TrajectoryId id, Formats formats) {
        return new TrajectoryOverview.Successes(
                successes.successes(id).stream().map(success -> new TrajectoryOverview.Success(success.kind(),
                        success.title(), formats.date(success.achievedOn()), success.isVisible(), success.visibleHow()))
                        .toList(),
                trajectories.progressUpdates(id).stream().map(update -> new TrajectoryOverview.ProgressUpdate(
                        formats.moment(update.sentAt()), update.channel(), update.message())).toList());
    }

    private List<TrajectoryOverview.Meeting> meetings(TrajectoryId id, Formats formats, boolean coordinator) {
        Instant now = clock.instant();
        return Stream.concat(meetings.upcoming(id).stream(), meetings.past(id).stream())
                .sorted(Comparator.comparing(nl.participationsuite.domain.meetings.Meeting::startsAt))
                .map(meeting -> new TrajectoryOverview.Meeting(formats.moment(meeting.startsAt()),
                        formats.moment(meeting.endsAt()), meeting.venueType(), meeting.venueName(),
                        meeting.neutralFacilitator(), meeting.facilitatorName(), meeting.plainLanguageChecked(),
                        coordinator && !meeting.isCancelled() ? TrajectoryPaths.meetingOutcome(id.value(), meeting.id().value())
                                : null,
                        coordinator && meeting.isChangeable(now) ? TrajectoryPaths.changeMeeting(id.value(), meeting.id().value())
                                : null,
                        meeting.cancellationReason()))
                .toList();
    }

    private List<TrajectoryOverview.Support> supportRequests(Trajectory trajectory, Names names, Formats formats,
            boolean coordinator) {
        NumberFormat euro = NumberFormat.getCurrencyInstance(AMOUNT_LOCALE);
        return support.list(trajectory.id()).stream().map((SupportRequest request) -> {
            boolean decidable = coordinator && request.status() == SupportStatus.REQUESTED;
            boolean payable = coordinator && request.status() == SupportStatus.APPROVED;
            String subject = request.kind() == SupportKind.TRAINING
                    ? joined(request.trainingName(), request.trainingProvider())
                    : joined(request.tripFrom(), request.tripTo());
            return new TrajectoryOverview.Support(request.id().value(), request.kind(),
                    names.participant(request.participantId()), subject,
                    request.amountCents() == null ? null : euro.format(request.amountCents() / 100.0), request.status(),
                    request.rejectionReason(), formats.moment(request.requestedAt()), decidable,
                    decidable ? TrajectoryPaths.approveSupport(trajectory.id().value(), request.id().value()) : null,
                    decidable ? TrajectoryPaths.rejectSupport(trajectory.id().value(), request.id().value()) : null,
                    payable ? TrajectoryPaths.markSupportPaid(trajectory.id().value(), request.id().value()) : null);
        }).toList();
    }

    /** Paid and committed (approved, paid or not) as the domain sums them: a fixed two statements. */
    private TrajectoryOverview.Investment investment(TrajectoryId id) {
        SupportInvestment investment = support.investment(id);
        NumberFormat euro = NumberFormat.getCurrencyInstance(AMOUNT_LOCALE);
        return new TrajectoryOverview.Investment(euro.format(investment.paidCents() / 100.0),
                euro.format(investment.totalCents() / 100.0), investment.totalCents() > 0);
    }

    private static String joined(String first, String second) {
        return Stream.of(first, second).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" – "));
    }

    private List<TrajectoryOverview.ConditionsRound> conditions(TrajectoryId id, Formats formats) {
        List<TrajectoryOverview.ConditionsRound> result = new ArrayList<>();
        Map<ConditionsCheckId, List<ConditionGap>> gapsByRound = conditions.gapsByRound(id);
        for (ConditionsCheck check : conditions.rounds(id)) {
            List<TrajectoryOverview.Gap> gaps = gapsByRound.getOrDefault(check.id(), List.of()).stream()
                    .map((ConditionGap gap) -> new TrajectoryOverview.Gap(gap.condition(),
                            formats.score(gap.residentAverage()), formats.score(gap.professionalAverage()),
                            formats.score(gap.gap()), gap.gap() != null && gap.gap() < 0, gap.residentAnswers(),
                            gap.professionalAnswers(), gap.residentsTooFewToShow(), gap.professionalsTooFewToShow()))
                    .toList();
            result.add(new TrajectoryOverview.ConditionsRound(check.periodNumber(), formats.moment(check.openedAt()), gaps));
        }
        return result;
    }

    /**
     * The coordinator's links (handing their role over among them); professionals taking part may add
     * someone already known, and record input for a resident too, and
     * put a proposal to the steering group and register a success while the trajectory works together
     * (the only time the process makes successes visible).
     */
    private static TrajectoryOverview.Actions actions(Trajectory trajectory, boolean coordinator, boolean worksOn) {
        UUID id = trajectory.id().value();
        List<Action> links = new ArrayList<>();
        if (coordinator && !trajectory.isClosed()) {
            links.add(new Action("trajectory.action.map-network", TrajectoryPaths.mapNetwork(id)));
            links.add(new Action("trajectory.action.register-resident", TrajectoryPaths.registerResident(id)));
        }
        if (worksOn && !trajectory.isClosed()) {
            links.add(new Action("trajectory.action.add-existing-person", TrajectoryPaths.addExistingPerson(id)));
        }
        if (!trajectory.isClosed()) {
            links.add(new Action("trajectory.action.record-input", TrajectoryPaths.recordInput(id)));
        }
        if (worksOn && trajectory.phase() == Phase.WORKING_TOGETHER) {
            links.add(new Action("trajectory.action.open-round", TrajectoryPaths.openRound(id)));
            links.add(new Action("trajectory.action.register-success", TrajectoryPaths.registerSuccess(id)));
        }
        if (coordinator && !trajectory.isClosed()) {
            links.add(new Action("trajectory.action.plan-meeting", TrajectoryPaths.planMeeting(id)));
            links.add(new Action("trajectory.action.response-time", TrajectoryPaths.responseTime(id)));
            links.add(new Action("trajectory.action.hand-over", TrajectoryPaths.handOver(id)));
            links.add(new Action("trajectory.action.close", TrajectoryPaths.close(id)));
        }
        links.add(new Action("trajectory.action.tasks", TrajectoryPaths.tasks(id)));
        return new TrajectoryOverview.Actions(links);
    }

    /** The display names of the trajectory's people, looked up once: everyone shown takes part in it. */
    private final class Names {

        private final Map<PersonId, String> byPerson;

        private final Set<PersonId> withAccount;

        private final Map<ParticipantId, PersonId> personOf;

        Names(Trajectory trajectory) {
            Set<PersonId> ids = new HashSet<>();
            this.personOf = new HashMap<>();
            for (Participant participant : trajectory.participants()) {
                ids.add(participant.personId());
                personOf.put(participant.id(), participant.personId());
            }
            ids.add(trajectory.coordinatorId());
            ids.add(trajectory.contactPersonId());
            List<Person> found = people.findByIdIn(ids);
            this.byPerson = found.stream().collect(Collectors.toMap(Person::id, Person::displayName));
            this.withAccount = found.stream().filter(Person::hasAccount).map(Person::id).collect(Collectors.toSet());
        }

        boolean hasAccount(ParticipantId id) {
            return withAccount.contains(personOf.get(id));
        }

        String person(PersonId id) {
            return byPerson.getOrDefault(id, "");
        }

        String participant(ParticipantId id) {
            PersonId person = personOf.get(id);
            return person == null ? "" : person(person);
        }
    }

    /** Formats moments in the reader's language and the product's time zone. */
    private final class Formats {

        private final DateTimeFormatter moments;

        private final DateTimeFormatter dates;

        private final NumberFormat scores;

        Formats(Locale locale) {
            this.moments = DateTimeFormatter.ofPattern(messages.getMessage("workspace.datetime.pattern", null, locale),
                    locale).withZone(clock.getZone());
            this.dates = DateTimeFormatter.ofPattern(messages.getMessage("trajectory.date.pattern", null, locale), locale);
            this.scores = NumberFormat.getNumberInstance(locale);
            scores.setMinimumFractionDigits(1);
            scores.setMaximumFractionDigits(1);
        }

        Moment moment(Instant instant) {
            return instant == null ? null : new Moment(moments.format(instant),
                    ZonedDateTime.ofInstant(instant, moments.getZone()).toOffsetDateTime().toString());
        }

        Moment date(LocalDate date) {
            return date == null ? null : new Moment(dates.format(date), date.toString());
        }

        String score(Double value) {
            return value == null ? null : scores.format(value);
        }
    }
}
