package nl.participationsuite.web.api.trajectories;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.participationsuite.domain.involvement.ExistingNetworkId;
import nl.participationsuite.domain.involvement.ExistingPersonEnrolment;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.trajectory.LeadershipHandover;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.ResponseTime;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.workflow.trajectory.LeadershipHandoverWorkflow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who takes part in a trajectory and who leads it, as the workspace's coordination pages do it:
 * searching people already known and adding one (a resident active elsewhere keeps one identity; a
 * professional of a partner organisation joins), handing the coordinator or contact-person role over
 * with a reason, and the coordinator's response time for what people are asked. The same domain and
 * workflow facades as the pages; a trajectory outside the caller's scope answers 404.
 */
@RestController
@RequestMapping("/api/v1/trajectories/{trajectoryId}")
@Tag(name = "trajectories", description = "Trajectories in your scope, and starting one")
class TrajectoryTeamApiController {

    /** The most people a search answers; more means: search more precisely. */
    static final int SHOWN = 20;

    private final TrajectoryService trajectories;

    private final ExistingPersonEnrolment enrolment;

    private final LeadershipHandoverWorkflow handovers;

    private final CurrentPerson currentPerson;

    private final TrajectoryViews views;

    TrajectoryTeamApiController(TrajectoryService trajectories, ExistingPersonEnrolment enrolment,
            LeadershipHandoverWorkflow handovers, CurrentPerson currentPerson, TrajectoryViews views) {
        this.trajectories = trajectories;
        this.enrolment = enrolment;
        this.handovers = handovers;
        this.currentPerson = currentPerson;
        this.views = views;
    }

    /** Someone the search found, and whether they take part in this trajectory already. */
    record PersonMatchView(PersonId id, PersonKind kind, String displayName, String email, String organisationName,
            boolean hasAccount, boolean takingPart) {
    }

    /** The person to add (from the search) and, for a resident, the channel that reached them. */
    record AddParticipantRequest(@NotNull PersonId personId, RecruitmentChannel channel, ExistingNetworkId networkId) {
    }

    /** Which role, to whom (someone taking part), and why. */
    record HandOverRequest(@NotNull LeadershipRole role, @NotNull PersonId personId,
            @NotBlank @Size(max = LeadershipHandover.MAX_REASON) String reason) {
    }

    /** The days people get to answer a review, role agreement or seat. */
    record ResponseTimeRequest(@NotNull @Min(ResponseTime.MINIMUM_DAYS) @Max(ResponseTime.MAXIMUM_DAYS) Integer responseDays) {
    }

    @GetMapping("/addable-people")
    @Operation(operationId = "searchAddablePeople", summary = "Searches people already known who may join the trajectory",
            description = "By name, e-mail address or a trajectory's reference, at most " + SHOWN + " by name. Every "
                    + "professional (partners' too) and the residents taking part in a trajectory of your organisation; "
                    + "for whoever works on the trajectory.")
    @ApiResponse(responseCode = "200", description = "The people found")
    List<PersonMatchView> searchAddable(@PathVariable UUID trajectoryId,
            @Parameter(description = "A name, e-mail address or reference, at least two characters")
            @RequestParam @Size(max = 120) String q) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(trajectoryId), me);
        return trajectories.addableTo(trajectory.id(), me, q, SHOWN).stream()
                .map(match -> new PersonMatchView(match.id(), match.kind(), match.displayName(), match.email(),
                        match.organisationName(), match.hasAccount(), trajectory.participantOf(match.id()).isPresent()))
                .toList();
    }

    @PostMapping("/participants")
    @Operation(operationId = "addExistingParticipant", summary = "Adds someone already known to the trajectory",
            description = "A resident who takes part elsewhere (with or without a portal account: nobody is invited) "
                    + "with the channel that reached them (networkId only for EXISTING_NETWORK), or a professional "
                    + "(no channel). Refused (400) for someone taking part already or on a closed trajectory.")
    @ApiResponse(responseCode = "200", description = "The trajectory with its participants")
    TrajectoryViews.Details addParticipant(@PathVariable UUID trajectoryId,
            @Valid @RequestBody AddParticipantRequest request) {
        PersonId me = currentPerson.get().id();
        enrolment.add(new TrajectoryId(trajectoryId), me, request.personId(), request.channel(), request.networkId());
        return views.details(trajectories.get(new TrajectoryId(trajectoryId)));
    }

    @PostMapping("/handovers")
    @Operation(operationId = "handOverRole", summary = "Hands the coordinator or contact-person role over",
            description = "By the trajectory's coordinator or a coordinator of its organisation, to someone taking part "
                    + "(a resident only in a resident initiative), with a reason kept in the trajectory's history.")
    @ApiResponse(responseCode = "200", description = "The trajectory with its new coordinator or contact person")
    TrajectoryViews.Details handOver(@PathVariable UUID trajectoryId, @Valid @RequestBody HandOverRequest request,
            HttpServletRequest servletRequest) {
        PersonId me = currentPerson.get().id();
        boolean coordinatorRole = servletRequest.isUserInRole(Role.COORDINATOR.name());
        Trajectory trajectory = trajectories.mayHandOver(new TrajectoryId(trajectoryId), me, coordinatorRole);
        handovers.handOver(trajectory.id(), me, coordinatorRole, request.role(), request.personId(), request.reason());
        return views.details(trajectories.get(trajectory.id()));
    }

    @PutMapping("/response-time")
    @Operation(operationId = "changeResponseTime", summary = "Sets the days people get to answer",
            description = "The trajectory's coordinator: how many days a vision review, a role agreement or a seat "
                    + "waits before the person is reminded and the coordinator follows up. Applies to what is asked "
                    + "from then on.")
    @ApiResponse(responseCode = "200", description = "The response time now in force")
    ResponseTimeRequest changeResponseTime(@PathVariable UUID trajectoryId,
            @Valid @RequestBody ResponseTimeRequest request) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(trajectoryId), currentPerson.get().id());
        Trajectory changed = trajectories.changeResponseTime(trajectory.id(), new ResponseTime(request.responseDays()));
        return new ResponseTimeRequest(changed.responseTime().days());
    }
}
