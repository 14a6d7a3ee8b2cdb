package nl.participationsuite.web.workspace.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.PartyExpectation;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionRevisionOutcome;

/**
 * The shared vision as the coordinator writes it, for the first version and for every revision:
 * the goal, one row per party's expectation and one row per measurable criterion. The field names
 * are the domain's ({@code expectations[0].text}), so a rule the domain enforces lands on its field.
 * Without JavaScript the form offers empty rows to fill in; rows left empty are ignored.
 */
record VisionForm(@NotBlank @Size(max = 4000) String sharedGoal, @NotEmpty List<@Valid ExpectationRow> expectations,
        @NotEmpty List<@Valid CriterionRow> successCriteria) {

    /** At least this many rows of each list are shown, so that a first draft needs no extra round trip. */
    static final int MINIMUM_ROWS = 3;

    private static final ExpectationRow EMPTY_EXPECTATION = new ExpectationRow(null, null, null);

    private static final CriterionRow EMPTY_CRITERION = new CriterionRow(null, null, null);

    VisionForm {
        expectations = expectations == null ? List.of() : List.copyOf(expectations.stream().map(row -> row == null
                ? EMPTY_EXPECTATION : row).toList());
        successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria.stream().map(row -> row == null
                ? EMPTY_CRITERION : row).toList());
    }

    /** What one party expects; a single participant is named only when the party is {@link Party#PARTICIPANT}. */
    record ExpectationRow(@NotNull Party party, UUID participantId, @NotBlank @Size(max = 2000) String text) {

        boolean blank() {
            return party == null && participantId == null && isBlank(text);
        }
    }

    /** One measurable criterion: what, how it is measured, and the value that counts as success. */
    record CriterionRow(@NotBlank @Size(max = 500) String description, @NotBlank @Size(max = 500) String measuredBy,
            @NotBlank @Size(max = 200) String target) {

        boolean blank() {
            return isBlank(description) && isBlank(measuredBy) && isBlank(target);
        }
    }

    static VisionForm empty() {
        return new VisionForm(null, List.of(), List.of());
    }

    /** The content of a version, to start a revision from. */
    static VisionForm of(VisionVersion version) {
        return new VisionForm(version.sharedGoal(),
                version.expectations().stream().map(VisionForm::row).toList(),
                version.successCriteria().stream().map(VisionForm::row).toList());
    }

    private static ExpectationRow row(PartyExpectation expectation) {
        return new ExpectationRow(expectation.party(),
                expectation.participantId() == null ? null : expectation.participantId().value(), expectation.expectation());
    }

    private static CriterionRow row(SuccessCriterion criterion) {
        return new CriterionRow(criterion.description(), criterion.measuredBy(), criterion.target());
    }

    /** The rows filled in, in their order; empty rows are left out. */
    VisionForm filled() {
        return new VisionForm(sharedGoal, without(expectations, ExpectationRow::blank),
                without(successCriteria, CriterionRow::blank));
    }

    /** The form as shown: the rows it has and one empty row more, at least {@link #MINIMUM_ROWS} rows a list. */
    VisionForm withEmptyRows() {
        return new VisionForm(sharedGoal, padded(expectations, true, EMPTY_EXPECTATION),
                padded(successCriteria, true, EMPTY_CRITERION));
    }

    /**
     * The form as posted with one more empty row in the list the coordinator asked it for
     * ({@code expectations} or {@code successCriteria}); nothing else changes.
     */
    VisionForm withOneMoreRow(String list) {
        return new VisionForm(sharedGoal, padded(expectations, "expectations".equals(list), EMPTY_EXPECTATION),
                padded(successCriteria, "successCriteria".equals(list), EMPTY_CRITERION));
    }

    private static <T> List<T> padded(List<T> rows, boolean oneMore, T empty) {
        List<T> shown = new ArrayList<>(rows);
        if (oneMore) {
            shown.add(empty);
        }
        while (shown.size() < MINIMUM_ROWS) {
            shown.add(empty);
        }
        return shown;
    }

    /**
     * What Bean Validation cannot say about a row: the expectation of one participant names them,
     * and the expectation of a group names no one.
     */
    void checkParties(Errors errors) {
        for (int i = 0; i < expectations.size(); i++) {
            ExpectationRow row = expectations.get(i);
            String field = "expectations[" + i + "].participantId";
            if (row.party() == Party.PARTICIPANT && row.participantId() == null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "task.vision.participant.required");
            }
            if (row.party() != null && row.party() != Party.PARTICIPANT && row.participantId() != null) {
                errors.rejectValue(field, "task.vision.participant.only-for-one");
            }
        }
    }

    VisionDraftOutcome toDraftOutcome() {
        VisionContent content = content();
        return new VisionDraftOutcome(content.sharedGoal(), content.expectations(), content.successCriteria());
    }

    VisionRevisionOutcome toRevisionOutcome() {
        VisionContent content = content();
        return new VisionRevisionOutcome(content.sharedGoal(), content.expectations(), content.successCriteria());
    }

    private VisionContent content() {
        return new VisionContent(sharedGoal.strip(),
                expectations.stream().map(row -> new VisionContent.Expectation(row.party(),
                        row.participantId() == null ? null : new ParticipantId(row.participantId()), row.text().strip()))
                        .toList(),
                successCriteria.stream().map(row -> new VisionContent.Criterion(row.description().strip(),
                        row.measuredBy().strip(), row.target().strip())).toList());
    }

    private static <T> List<T> without(List<T> rows, Predicate<T> blank) {
        return rows.stream().filter(blank.negate()).toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
