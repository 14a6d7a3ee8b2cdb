package nl.participationsuite.web.workspace.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
import nl.participationsuite.workflow.seats.SeatCompositionCheck;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What composing the steering group and restoring it after a step back share: one row per active
 * participant without a seat (a seat, a term, and for residents the backgrounds they declare), the
 * seats held now, and two actions. "Check" shows the seat rules' verdict (the domain's
 * {@code SeatCompositionRules}) on the composition the seats would give (every rule, kept or broken,
 * in plain words) and stores nothing; "save" completes the task, and a composition that breaks a rule
 * asks for the coordinator's written justification before it is sent, so that saving is never refused
 * by surprise. Whether the justification suffices is the steering group's rule: its refusal comes back
 * on the justification's field. Composing and restoring differ in their process step, their page and
 * whether a seat must be chosen.
 */
abstract class SteeringGroupTaskForm implements TaskFormKind<SteeringGroupTaskForm.SeatsForm> {

    static final String CHECK = "check";

    /** The term a new seat is offered with, from today; the coordinator changes it where needed. */
    static final int DEFAULT_TERM_YEARS = 2;

    private static final Pattern SEAT_FIELD = Pattern.compile("seats\\[(\\d+)]\\.(\\w+)");

    private final TrajectoryService trajectories;

    private final SteeringGroupService steeringGroups;

    private final SeatCompositionCheck check;

    private final People people;

    private final Clock clock;

    SteeringGroupTaskForm(TrajectoryService trajectories, SteeringGroupService steeringGroups, SeatCompositionCheck check,
            People people, Clock clock) {
        this.trajectories = trajectories;
        this.steeringGroups = steeringGroups;
        this.check = check;
        this.people = people;
        this.clock = clock;
    }

    /** Whether saving needs at least one seat chosen; without, the group as it is is a choice too. */
    abstract boolean seatsRequired();

    /** The outcome the seats chosen (and the justification for what they break, or null) complete the task with. */
    abstract TaskOutcome outcome(List<SeatAssignment> assignments, String justification);

    @Override
    public final Class<SeatsForm> formType() {
        return SeatsForm.class;
    }

    /** One participant who may get a seat; an unticked {@code seat} sends nothing (null). */
    record SeatRow(UUID participantId, Boolean seat, @DateTimeFormat(iso = ISO.DATE) LocalDate termFrom,
            @DateTimeFormat(iso = ISO.DATE) LocalDate termUntil, Set<Background> backgrounds) {

        boolean chosen() {
            return Boolean.TRUE.equals(seat);
        }
    }

    /** The rows in the order of {@link Candidate}s shown, and the justification for breaking a rule. */
    record SeatsForm(List<SeatRow> rows, String overrideJustification) {

        SeatsForm {
            rows = rows == null ? List.of() : rows;
        }
    }

    /** A participant without a seat, as the form names them. */
    record Candidate(UUID participantId, String name, boolean resident) {
    }

    /** A seat held now. */
    record SeatView(String name, boolean resident, LocalDate termFrom, LocalDate termUntil, List<Background> backgrounds,
            boolean accepted) {
    }

    /** One seat rule, kept or broken, with the numbers its sentence names. */
    record RuleView(String messageKey, boolean holds, List<Integer> args) {
    }

    record VerdictView(boolean ok, List<RuleView> rules) {
    }

    /** A fresh form: every participant without a seat, none ticked, the default term. */
    @Override
    public SeatsForm initial(TaskContext task) {
        LocalDate today = LocalDate.now(clock);
        return new SeatsForm(candidates(task).stream()
                .map(candidate -> new SeatRow(candidate.participantId(), null, today, today.plusYears(DEFAULT_TERM_YEARS),
                        Set.of()))
                .toList(), null);
    }

    /** What the page shows besides the form. */
    @Override
    public void addContext(TaskContext task, Model model) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        List<Seat> occupied = steeringGroups.groupOf(task.trajectoryId()).map(SteeringGroup::occupiedSeats)
                .orElse(List.of());
        Map<PersonId, String> names = names(trajectory);
        model.addAttribute("candidates", candidates(trajectory, occupied, names));
        model.addAttribute("seats", occupied.stream()
                .map(seat -> new SeatView(names.get(trajectory.participant(seat.holderId()).personId()), seat.isResidentSeat(),
                        seat.termFrom(), seat.termUntil(),
                        seat.backgrounds().stream().sorted().toList(), seat.isAccepted()))
                .toList());
        model.addAttribute("backgrounds", List.of(Background.values()));
        model.addAttribute("minimumResidents", SeatCompositionRules.MINIMUM_RESIDENT_SEATS);
        model.addAttribute("minimumBackgrounds", SeatCompositionRules.MINIMUM_DISTINCT_BACKGROUNDS);
    }

    /** The name of a participant of the task's trajectory. */
    String nameOf(TaskContext task, ParticipantId participantId) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        return names(trajectory).get(trajectory.participant(participantId).personId());
    }

    /** How the steering group fares now, by the seat rules. */
    VerdictView verdictNow(TaskContext task) {
        return view(check.check(task.trajectoryId(), List.of()));
    }

    /**
     * Checks or saves the form: the page afresh, with a notice, when the participants changed since
     * it was shown; the page again with the verdict ("check"), or with errors; else the task
     * completed with the seats chosen. A rule the domain names on a seat is put on the row it came from.
     */
    @Override
    public TaskStep decide(TaskContext task, SeatsForm form, String action, BindingResult errors, Model model) {
        if (!matches(form, candidates(task))) {
            return TaskStep.reload("task.seats.participants-changed");
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            if (form.rows().get(i).chosen()) {
                chosen.add(i);
                requireTerm(form.rows().get(i), "rows[" + i + "].", errors);
            }
        }
        if (chosen.isEmpty() && seatsRequired()) {
            errors.reject("task.seats.none-chosen");
        }
        if (errors.hasErrors()) {
            return TaskStep.show();
        }
        List<SeatAssignment> assignments = chosen.stream().map(i -> form.rows().get(i))
                .map(row -> new SeatAssignment(new ParticipantId(row.participantId()), row.termFrom(), row.termUntil(),
                        row.backgrounds() == null || row.backgrounds().isEmpty() ? Set.<Background>of()
                                : EnumSet.copyOf(row.backgrounds())))
                .toList();
        SeatCompositionVerdict verdict;
        try {
            verdict = check.check(task.trajectoryId(), assignments);
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, onRow(ex, chosen));
            return TaskStep.show();
        }
        model.addAttribute("verdict", view(verdict));
        if (CHECK.equals(action)) {
            return TaskStep.show();
        }
        String justification = verdict.ok() || form.overrideJustification() == null ? null
                : form.overrideJustification().strip();
        if (!verdict.ok() && (justification == null || justification.isEmpty())) {
            errors.rejectValue("overrideJustification", "task.seats.override.required");
            return TaskStep.show();
        }
        return new TaskStep.Complete(outcome(assignments, justification), ex -> onRow(ex, chosen));
    }

    private static void requireTerm(SeatRow row, String prefix, BindingResult errors) {
        boolean fromBad = errors.hasFieldErrors(prefix + "termFrom");
        boolean untilBad = errors.hasFieldErrors(prefix + "termUntil");
        if (row.termFrom() == null && !fromBad) {
            errors.rejectValue(prefix + "termFrom", "rule.required");
        }
        if (row.termUntil() == null && !untilBad) {
            errors.rejectValue(prefix + "termUntil", "rule.required");
        }
        else if (row.termFrom() != null && row.termUntil() != null && !row.termUntil().isAfter(row.termFrom())) {
            errors.rejectValue(prefix + "termUntil", "rule.seats.term-ends-before-start");
        }
    }

    /** A rule the domain names on {@code seats[i]} is put on the form row that seat came from. */
    private static RuleViolationException onRow(RuleViolationException ex, List<Integer> chosen) {
        Matcher field = ex.field() == null ? null : SEAT_FIELD.matcher(ex.field());
        if (field == null || !field.matches()) {
            return ex;
        }
        int seat = Integer.parseInt(field.group(1));
        String name = "holderId".equals(field.group(2)) ? "seat" : field.group(2);
        return new RuleViolationException("rows[" + chosen.get(seat) + "]." + name, ex.code(), ex.getMessage());
    }

    /** The posted rows are the participants offered now, in the same order (else someone changed them meanwhile). */
    private static boolean matches(SeatsForm form, List<Candidate> candidates) {
        if (form.rows().size() != candidates.size()) {
            return false;
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (!candidates.get(i).participantId().equals(form.rows().get(i).participantId())) {
                return false;
            }
        }
        return true;
    }

    private List<Candidate> candidates(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        List<Seat> occupied = steeringGroups.groupOf(task.trajectoryId()).map(SteeringGroup::occupiedSeats)
                .orElse(List.of());
        return candidates(trajectory, occupied, names(trajectory));
    }

    private static List<Candidate> candidates(Trajectory trajectory, List<Seat> occupied, Map<PersonId, String> names) {
        Set<ParticipantId> holders = occupied.stream().map(Seat::holderId).collect(Collectors.toSet());
        return trajectory.activeParticipants().stream()
                .filter(participant -> !holders.contains(participant.id()))
                .map(participant -> new Candidate(participant.id().value(), names.get(participant.personId()),
                        participant.isResident()))
                .toList();
    }

    private Map<PersonId, String> names(Trajectory trajectory) {
        List<PersonId> ids = trajectory.participants().stream().map(Participant::personId).toList();
        return people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::id, Person::displayName));
    }

    /** Every rule of the composition, kept or broken as the seat rules decided, with the facts it was judged on. */
    static VerdictView view(SeatCompositionVerdict verdict) {
        int residents = verdict.residentSeats();
        int total = verdict.totalSeats();
        int neededForShare = (total + SeatCompositionRules.RESIDENT_SHARE_DENOMINATOR - 1)
                / SeatCompositionRules.RESIDENT_SHARE_DENOMINATOR;
        Function<String, Boolean> holds = code -> !verdict.brokenRules().contains(code);
        return new VerdictView(verdict.ok(), List.of(
                rule(SeatCompositionRules.TOO_FEW_RESIDENTS, holds, residents, SeatCompositionRules.MINIMUM_RESIDENT_SEATS),
                rule(SeatCompositionRules.RESIDENT_SHARE_TOO_LOW, holds, residents, total, neededForShare),
                rule(SeatCompositionRules.SINGLE_BACKGROUND, holds, verdict.distinctResidentBackgrounds(),
                        SeatCompositionRules.MINIMUM_DISTINCT_BACKGROUNDS)));
    }

    private static RuleView rule(String code, Function<String, Boolean> holds, Integer... args) {
        boolean kept = holds.apply(code);
        String key = "task.seats.rule." + code.substring(code.indexOf('.') + 1) + (kept ? ".holds" : ".broken");
        List<Integer> padded = new ArrayList<>(List.of(args));
        while (padded.size() < 3) {
            padded.add(0);
        }
        return new RuleView(key, kept, padded);
    }
}
