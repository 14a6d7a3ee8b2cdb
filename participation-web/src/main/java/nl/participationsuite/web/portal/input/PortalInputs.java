package nl.participationsuite.web.portal.input;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.portal.ResidentTrajectories;
import org.springframework.stereotype.Component;

/**
 * A resident's input as the portal shows it: the list, and one input's timeline. Only the
 * resident's own input is loaded (the domain refuses another's as not found); the people who
 * handled it are not named, the resident reads what happened.
 */
@Component
class PortalInputs {

    /** One input in the list: where, about what, when, and where it stands. */
    record InputRow(InputId id, String trajectory, String topic, String text, Instant receivedAt,
            InputStatus status) {
    }

    /** One step of the timeline: the status reached and when. */
    record Step(InputStatus status, Instant at) {
    }

    /** A success the input helped to achieve, once the trajectory made it known. */
    record SuccessLink(String title, String description, LocalDate achievedOn) {
    }

    /** One input with everything that happened to it, first to last. */
    record Timeline(InputId id, String trajectory, String topic, String text, InputStatus status, List<Step> steps,
            String feedback, Instant feedbackAt, List<SuccessLink> successes, String interimAnswer, Instant interimAt,
            LocalDate expectedAnswerOn) {
    }

    private final InputService inputs;

    private final SuccessService successes;

    private final ResidentTrajectories trajectories;

    PortalInputs(InputService inputs, SuccessService successes, ResidentTrajectories trajectories) {
        this.inputs = inputs;
        this.successes = successes;
        this.trajectories = trajectories;
    }

    /** The resident's input in all their trajectories, newest first. */
    List<InputRow> mine(Person resident) {
        Map<TrajectoryId, String> titles = trajectories.titles(resident);
        return inputs.ofResident(resident.id()).stream()
                .map(input -> new InputRow(input.id(), titles.get(input.trajectoryId()), input.topic(), input.text(),
                        input.receivedAt(), input.status()))
                .toList();
    }

    /** One input of the resident's own; another's is not found. */
    Timeline timeline(InputId inputId, Person resident) {
        ResidentInput input = inputs.ofResident(inputId, resident.id());
        List<Step> steps = input.history().stream().map(change -> new Step(change.status(), change.changedAt()))
                .toList();
        List<SuccessLink> ledTo = successes.successes(input.trajectoryId()).stream()
                .filter(success -> success.isVisible() && success.inputIds().contains(input.id()))
                .map(PortalInputs::link).toList();
        return new Timeline(input.id(), trajectories.titles(resident).get(input.trajectoryId()), input.topic(),
                input.text(), input.status(), steps, input.feedback(), input.feedbackAt(), ledTo,
                input.isAnswered() ? null : input.interimAnswer(), input.interimAt(), input.expectedAnswerOn());
    }

    private static SuccessLink link(Success success) {
        return new SuccessLink(success.title(), success.description(), success.achievedOn());
    }
}
