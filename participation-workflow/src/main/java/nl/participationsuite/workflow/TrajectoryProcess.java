package nl.participationsuite.workflow;

import java.util.List;
import java.util.Map;

/**
 * The names the BPMN {@code bpmn/participation-trajectory.bpmn} and its DMN table share with
 * Java: the process key, message names, activity ids, form keys, variable names and the names of the
 * delegate beans. The facade, the delegates and the tests use these, never string literals;
 * {@code TrajectoryProcessModelTests} fails when the model and this class drift apart.
 */
public final class TrajectoryProcess {

    /** Process definition key; every instance's business key is the trajectory id. */
    public static final String PROCESS_KEY = "participation-trajectory";

    /** Resource paths, as deployed from the classpath. */
    public static final String BPMN_RESOURCE = "bpmn/participation-trajectory.bpmn";
    public static final String EARLY_INVOLVEMENT_DMN_RESOURCE = "dmn/early-involvement-ready.dmn";

    private TrajectoryProcess() {
    }

    /**
     * Decision keys of the DMN tables. The seat-composition rules have no table: their one home is
     * the domain's {@code SeatCompositionRules}, which {@code loadSeatComposition} asks.
     */
    public static final class Decisions {
        public static final String EARLY_INVOLVEMENT_READY = "early-involvement-ready";

        private Decisions() {
        }
    }

    /**
     * Message names. Correlate them by business key and pass their variables with
     * {@code setVariablesToTriggeredScope}, so that each triggered event sub-process keeps its own
     * copy (several rounds, inputs or step-backs may run at once).
     */
    public static final class Messages {
        /** Carries {@link VariableNames#DECISION_ROUND_ID} and {@link VariableNames#ROUND_DEADLINE}. */
        public static final String DECISION_ROUND_OPENED = "DecisionRoundOpened";
        /** Carries {@link VariableNames#INPUT_ID} and {@link VariableNames#INPUT_DUE_DATE}. */
        public static final String INPUT_RECEIVED = "InputReceived";
        /** Carries {@link VariableNames#SUCCESS_ID}. */
        public static final String SUCCESS_REGISTERED = "SuccessRegistered";
        /** Carries {@link VariableNames#PARTICIPANT_ID}. Accepted at any moment of a running trajectory. */
        public static final String RESIDENT_STEPPED_BACK = "ResidentSteppedBack";

        private Messages() {
        }
    }

    /** Ids of the phases: embedded sub-processes whose start moves the domain trajectory to that phase. */
    public static final class Phases {
        public static final String EARLY_INVOLVEMENT = "EarlyInvolvementPhase";
        public static final String MOTIVATION = "MotivationPhase";
        public static final String SHARED_VISION = "SharedVisionPhase";
        public static final String ROLE_AGREEMENTS = "RoleAgreementsPhase";
        public static final String DECISION_SEATS = "DecisionSeatsPhase";
        public static final String WORKING_TOGETHER = "WorkingTogetherPhase";
        public static final String EVALUATION = "EvaluationPhase";

        /** In process order; the phase listener maps these onto the domain's phases by name. */
        public static final List<String> IN_ORDER = List.of(EARLY_INVOLVEMENT, MOTIVATION, SHARED_VISION,
                ROLE_AGREEMENTS, DECISION_SEATS, WORKING_TOGETHER, EVALUATION);

        private Phases() {
        }
    }

    /** Ids of the activities and events a caller or a test waits at, completes or triggers. */
    public static final class Activities {
        public static final String TRAJECTORY_STARTED = "TrajectoryStarted";
        public static final String TRAJECTORY_CLOSED = "TrajectoryClosed";

        // early involvement
        public static final String RECRUIT_RESIDENTS = "RecruitResidentsTask";
        public static final String RECRUITMENT_REMINDER_TIMER = "RecruitmentReminderTimer";
        public static final String REMIND_COORDINATOR = "RemindCoordinatorTask";
        public static final String LOAD_INVOLVEMENT_STATUS = "LoadInvolvementStatusTask";
        public static final String CHECK_EARLY_INVOLVEMENT = "CheckEarlyInvolvementTask";
        public static final String INVOLVEMENT_READY_GATEWAY = "InvolvementReadyGateway";

        // motivation
        public static final String LIST_RESIDENTS = "ListResidentsTask";
        public static final String MOTIVATION_CONVERSATION = "MotivationConversationTask";

        // shared vision
        public static final String DRAFT_VISION = "DraftVisionTask";
        public static final String LIST_REVIEWERS = "ListReviewersTask";
        public static final String AWAIT_VISION_REVIEW = "AwaitVisionReview";
        public static final String REVIEW_VISION = "ReviewVisionTask";
        public static final String VISION_REVIEW_OVERDUE = "VisionReviewOverdue";
        public static final String VISION_REVIEW_REMINDER = "VisionReviewReminderTask";
        public static final String VISION_REVIEW_FOLLOW_UP = "VisionReviewFollowUpTask";
        public static final String VISION_REVIEW_EXTEND_DEADLINE = "VisionReviewExtendDeadlineTask";
        public static final String VISION_REVIEW_NEW_DUE_DATE_PASSED = "VisionReviewNewDueDatePassed";
        public static final String VISION_REVIEW_LEFT_TO_STEP_BACK = "VisionReviewLeftToStepBack";
        public static final String CHECK_ENDORSEMENTS = "CheckEndorsementsTask";
        public static final String ADOPT_VISION = "AdoptVisionTask";
        public static final String REVISE_VISION = "ReviseVisionTask";

        // role agreements
        public static final String PROPOSE_ROLE_AGREEMENTS = "ProposeRoleAgreementsTask";
        public static final String LIST_PARTICIPANTS = "ListParticipantsTask";
        public static final String ROLE_AGREEMENT_PER_PARTICIPANT = "RoleAgreementPerParticipant";
        public static final String AWAIT_ROLE_RESPONSE = "AwaitRoleResponse";
        public static final String RESPOND_TO_ROLE_AGREEMENT = "RespondToRoleAgreementTask";
        public static final String ROLE_RESPONSE_OVERDUE = "RoleResponseOverdue";
        public static final String ROLE_RESPONSE_REMINDER = "RoleResponseReminderTask";
        public static final String ROLE_RESPONSE_FOLLOW_UP = "RoleResponseFollowUpTask";
        public static final String ROLE_RESPONSE_EXTEND_DEADLINE = "RoleResponseExtendDeadlineTask";
        public static final String ROLE_RESPONSE_NEW_DUE_DATE_PASSED = "RoleResponseNewDueDatePassed";
        public static final String ROLE_RESPONSE_LEFT_TO_STEP_BACK = "RoleResponseLeftToStepBack";
        public static final String RENEGOTIATE_ROLE_AGREEMENT = "RenegotiateRoleAgreementTask";
        public static final String ROLE_AGREEMENT_WITHDRAWN = "RoleAgreementWithdrawn";

        // decision seats
        public static final String COMPOSE_STEERING_GROUP = "ComposeSteeringGroupTask";
        public static final String LIST_SEAT_HOLDERS = "ListSeatHoldersTask";
        public static final String AWAIT_SEAT_ACCEPTANCE = "AwaitSeatAcceptance";
        public static final String ACCEPT_SEAT = "AcceptSeatTask";
        public static final String SEAT_ACCEPTANCE_OVERDUE = "SeatAcceptanceOverdue";
        public static final String SEAT_ACCEPTANCE_REMINDER = "SeatAcceptanceReminderTask";
        public static final String SEAT_ACCEPTANCE_FOLLOW_UP = "SeatAcceptanceFollowUpTask";
        public static final String SEAT_ACCEPTANCE_EXTEND_DEADLINE = "SeatAcceptanceExtendDeadlineTask";
        public static final String SEAT_ACCEPTANCE_NEW_DUE_DATE_PASSED = "SeatAcceptanceNewDueDatePassed";
        public static final String SEAT_ACCEPTANCE_LEFT_TO_STEP_BACK = "SeatAcceptanceLeftToStepBack";
        public static final String CHECK_SEAT_ACCEPTANCE = "CheckSeatAcceptanceTask";

        // working together
        public static final String WORKING_TOGETHER_JOIN = "WorkingTogetherJoin";
        public static final String CLOSE_WORKING_PHASE = "CloseWorkingPhaseTask";
        public static final String WORKING_PHASE_CLOSED = "WorkingPhaseClosed";
        public static final String DECISION_ROUND = "DecisionRoundSubProcess";
        public static final String DECISION_ROUND_OPENED = "DecisionRoundOpened";
        public static final String LIST_VOTERS = "ListVotersTask";
        public static final String CAST_VOTE = "CastVoteTask";
        public static final String VOTING_DEADLINE_PASSED = "VotingDeadlinePassed";
        public static final String CLOSE_DECISION_ROUND = "CloseDecisionRoundTask";
        public static final String INPUT_RESPONSE = "InputResponseSubProcess";
        public static final String INPUT_RECEIVED = "InputReceived";
        public static final String RESPOND_TO_INPUT = "RespondToInputTask";
        public static final String INPUT_RESPONSE_OVERDUE = "InputResponseOverdue";
        public static final String ESCALATE_LATE_INPUT = "EscalateLateInputTask";
        public static final String SUCCESS_VISIBILITY = "SuccessVisibilitySubProcess";
        public static final String SUCCESS_REGISTERED = "SuccessRegistered";
        public static final String MAKE_SUCCESS_VISIBLE = "MakeSuccessVisibleTask";
        public static final String PROGRESS_UPDATE = "ProgressUpdateSubProcess";
        public static final String PROGRESS_UPDATE_DUE = "ProgressUpdateDue";
        public static final String SEND_PROGRESS_UPDATE = "SendProgressUpdateTask";
        public static final String CONDITIONS_CHECK = "ConditionsCheckSubProcess";
        public static final String CONDITIONS_CHECK_DUE = "ConditionsCheckDue";
        public static final String LIST_PARTICIPANTS_FOR_CHECK = "ListParticipantsForCheckTask";
        public static final String CONDITIONS_CHECK_TASK = "ConditionsCheckTask";

        // step back, at any moment
        public static final String RESIDENT_STEPPED_BACK_SUB_PROCESS = "ResidentSteppedBackSubProcess";
        public static final String RESIDENT_STEPPED_BACK = "ResidentSteppedBack";
        public static final String RECORD_STEP_BACK = "RecordStepBackTask";
        public static final String LOAD_SEAT_COMPOSITION_AFTER_STEP_BACK = "LoadSeatCompositionTask2";
        public static final String RESTORE_SEATS = "RestoreSeatsTask";

        // evaluation
        public static final String REPORT_SUCCESS = "ReportSuccessTask";
        public static final String NEW_CYCLE_GATEWAY = "NewCycleGateway";
        public static final String START_NEW_CYCLE = "StartNewCycleTask";
        public static final String CLOSE_TRAJECTORY = "CloseTrajectoryTask";

        private Activities() {
        }
    }

    /**
     * Form keys: {@code outcome:<RecordName>}, one typed outcome record per user task. The facade maps
     * a key onto its record class and template.
     */
    public static final class FormKeys {
        public static final String PREFIX = "outcome:";

        public static final String RECRUITMENT = PREFIX + "RecruitmentOutcome";
        public static final String MOTIVATION = PREFIX + "MotivationOutcome";
        public static final String VISION_DRAFT = PREFIX + "VisionDraftOutcome";
        public static final String VISION_REVIEW = PREFIX + "VisionReviewOutcome";
        public static final String VISION_REVISION = PREFIX + "VisionRevisionOutcome";
        public static final String ROLE_PROPOSAL = PREFIX + "RoleProposalOutcome";
        public static final String ROLE_AGREEMENT_RESPONSE = PREFIX + "RoleAgreementResponseOutcome";
        public static final String ROLE_RENEGOTIATION = PREFIX + "RoleRenegotiationOutcome";
        public static final String SEAT_COMPOSITION = PREFIX + "SeatCompositionOutcome";
        public static final String SEAT_ACCEPTANCE = PREFIX + "SeatAcceptanceOutcome";
        public static final String VOTE = PREFIX + "VoteOutcome";
        public static final String INPUT_RESPONSE = PREFIX + "InputResponseOutcome";
        public static final String SUCCESS_VISIBILITY = PREFIX + "SuccessVisibilityOutcome";
        public static final String PROGRESS_UPDATE = PREFIX + "ProgressUpdateOutcome";
        public static final String CONDITIONS_CHECK = PREFIX + "ConditionsCheckOutcome";
        public static final String SEAT_RESTORATION = PREFIX + "SeatRestorationOutcome";
        public static final String WORKING_PHASE_CLOSE = PREFIX + "WorkingPhaseCloseOutcome";
        public static final String SUCCESS_REPORT = PREFIX + "SuccessReportOutcome";
        /** The coordinator's follow-up on someone who let the response time pass (one form for every wait). */
        public static final String SILENT_PARTICIPANT_FOLLOW_UP = PREFIX + "SilentParticipantFollowUpOutcome";

        /** Each user task's form key. */
        public static final Map<String, String> BY_USER_TASK = Map.ofEntries(
                Map.entry(Activities.RECRUIT_RESIDENTS, RECRUITMENT),
                Map.entry(Activities.MOTIVATION_CONVERSATION, MOTIVATION),
                Map.entry(Activities.DRAFT_VISION, VISION_DRAFT),
                Map.entry(Activities.REVIEW_VISION, VISION_REVIEW),
                Map.entry(Activities.REVISE_VISION, VISION_REVISION),
                Map.entry(Activities.PROPOSE_ROLE_AGREEMENTS, ROLE_PROPOSAL),
                Map.entry(Activities.RESPOND_TO_ROLE_AGREEMENT, ROLE_AGREEMENT_RESPONSE),
                Map.entry(Activities.RENEGOTIATE_ROLE_AGREEMENT, ROLE_RENEGOTIATION),
                Map.entry(Activities.COMPOSE_STEERING_GROUP, SEAT_COMPOSITION),
                Map.entry(Activities.ACCEPT_SEAT, SEAT_ACCEPTANCE),
                Map.entry(Activities.CAST_VOTE, VOTE),
                Map.entry(Activities.RESPOND_TO_INPUT, INPUT_RESPONSE),
                Map.entry(Activities.MAKE_SUCCESS_VISIBLE, SUCCESS_VISIBILITY),
                Map.entry(Activities.SEND_PROGRESS_UPDATE, PROGRESS_UPDATE),
                Map.entry(Activities.CONDITIONS_CHECK_TASK, CONDITIONS_CHECK),
                Map.entry(Activities.RESTORE_SEATS, SEAT_RESTORATION),
                Map.entry(Activities.CLOSE_WORKING_PHASE, WORKING_PHASE_CLOSE),
                Map.entry(Activities.REPORT_SUCCESS, SUCCESS_REPORT),
                Map.entry(Activities.VISION_REVIEW_FOLLOW_UP, SILENT_PARTICIPANT_FOLLOW_UP),
                Map.entry(Activities.ROLE_RESPONSE_FOLLOW_UP, SILENT_PARTICIPANT_FOLLOW_UP),
                Map.entry(Activities.SEAT_ACCEPTANCE_FOLLOW_UP, SILENT_PARTICIPANT_FOLLOW_UP));

        private FormKeys() {
        }
    }

    /**
     * Process variable names. Lists that feed a multi-instance activity are set TRANSIENT by their
     * delegate ({@code Variables.objectValue(list, true).create()}): the engine reads them at once and
     * serialises no Java objects; the element variables per instance are plain strings.
     */
    public static final class VariableNames {
        // set at start by the caller
        public static final String TRAJECTORY_ID = "trajectoryId";
        public static final String COORDINATOR_GROUP = "coordinatorGroup";
        public static final String PROFESSIONALS_GROUP = "professionalsGroup";

        // early involvement (loadInvolvementStatus; the DMN's result)
        public static final String INVOLVED_RESIDENTS = "involvedResidents";
        public static final String RECRUITMENT_CHANNELS = "recruitmentChannels";
        public static final String MINIMUM_RESIDENTS = "minimumResidents";
        public static final String MINIMUM_CHANNELS = "minimumChannels";
        public static final int DEFAULT_MINIMUM_RESIDENTS = 5;
        public static final int DEFAULT_MINIMUM_CHANNELS = 2;
        public static final String INVOLVEMENT_READY = "involvementReady";

        // motivation
        public static final String RESIDENT_PARTICIPANT_IDS = "residentParticipantIds";
        public static final String RESIDENT_PARTICIPANT_ID = "residentParticipantId";

        // shared vision
        public static final String REVIEWERS = "reviewers";
        public static final String REVIEWER_ID = "reviewerId";
        public static final String ALL_ENDORSED = "allEndorsed";

        // role agreements
        public static final String PARTICIPANT_PERSON_IDS = "participantPersonIds";
        public static final String AGREEMENT_HOLDER_ID = "agreementHolderId";
        /** Set when completing RespondToRoleAgreementTask; local to that participant's instance. */
        public static final String ROLE_ACCEPTED = "roleAccepted";

        /** Set (true) on a role agreement's instance when its participant stepped back before answering. */
        public static final String ROLE_WITHDRAWN = "roleWithdrawn";

        // decision seats (loadSeatComposition, from the domain's seat rules; checkSeatAcceptance)
        public static final String RESIDENT_SEATS = "residentSeats";
        public static final String TOTAL_SEATS = "totalSeats";
        public static final String RESIDENT_BACKGROUNDS = "residentBackgrounds";
        public static final String OVERRIDE_JUSTIFIED = "overrideJustified";
        public static final String HAS_STEERING_GROUP = "hasSteeringGroup";
        /** The seat rules' verdict (and the first rule broken, null when none), set by {@code loadSeatComposition}. */
        public static final String COMPOSITION_OK = "compositionOk";
        public static final String BROKEN_RULE = "brokenRule";
        public static final String RESIDENT_SEAT_HOLDER_IDS = "residentSeatHolderIds";
        public static final String SEAT_HOLDER_ID = "seatHolderId";
        public static final String ALL_SEATS_ACCEPTED = "allSeatsAccepted";

        // working together (message variables, local to their event sub-process instance)
        public static final String DECISION_ROUND_ID = "decisionRoundId";
        public static final String ROUND_DEADLINE = "roundDeadline";
        public static final String VOTER_IDS = "voterIds";
        public static final String VOTER_ID = "voterId";
        public static final String INPUT_ID = "inputId";
        public static final String INPUT_DUE_DATE = "inputDueDate";
        public static final String SUCCESS_ID = "successId";
        public static final String CHECK_PARTICIPANT_ID = "checkParticipantId";
        /** The conditions-check round of one check's instance (local to it). */
        public static final String CONDITIONS_CHECK_ID = "conditionsCheckId";

        // step back
        public static final String PARTICIPANT_ID = "participantId";

        // waiting on a person (local to each wait: AwaitVisionReview, AwaitRoleResponse, AwaitSeatAcceptance)
        /** When the person's answer is due (a date); set when the wait starts, moved on when the coordinator asks again. */
        public static final String RESPONSE_DUE = "responseDue";
        /** The person waited on (a person id). */
        public static final String AWAITED_PERSON_ID = "awaitedPersonId";
        /** What is awaited: the name of a domain {@code AwaitedResponse}. */
        public static final String AWAITED_RESPONSE = "awaitedResponse";
        /** The coordinator's follow-up: ask again (true) or the person steps back (false). */
        public static final String ASK_AGAIN = "askAgain";

        // evaluation
        public static final String NEW_CYCLE = "newCycle";

        private VariableNames() {
        }
    }

    /** Names of the Spring beans the model calls through delegate expressions. */
    public static final class Beans {
        /** ExecutionListener on each phase's start; the phase is {@code execution.getCurrentActivityId()}. */
        public static final String PHASE_LISTENER = "phaseListener";
        public static final String LOAD_INVOLVEMENT_STATUS = "loadInvolvementStatus";
        public static final String REMIND_COORDINATOR = "remindCoordinator";
        public static final String LIST_RESIDENTS = "listResidents";
        public static final String LIST_REVIEWERS = "listReviewers";
        public static final String CHECK_ENDORSEMENTS = "checkEndorsements";
        public static final String ADOPT_VISION = "adoptVision";
        public static final String LIST_PARTICIPANTS = "listParticipants";
        /** Opens a conditions-check round (its id local to the check) and sets {@code participantPersonIds}. */
        public static final String OPEN_CONDITIONS_CHECK = "openConditionsCheck";
        public static final String LOAD_SEAT_COMPOSITION = "loadSeatComposition";
        public static final String LIST_RESIDENT_SEAT_HOLDERS = "listResidentSeatHolders";
        public static final String CHECK_SEAT_ACCEPTANCE = "checkSeatAcceptance";
        public static final String LIST_VOTERS = "listVoters";
        public static final String CLOSE_DECISION_ROUND = "closeDecisionRound";
        public static final String ESCALATE_LATE_INPUT = "escalateLateInput";
        public static final String RECORD_STEP_BACK = "recordStepBack";
        public static final String START_NEW_CYCLE = "startNewCycle";
        public static final String CLOSE_TRAJECTORY = "closeTrajectory";
        /** ExecutionListener on each wait's start: sets {@code responseDue} from the trajectory's response time. */
        public static final String START_RESPONSE_DEADLINE = "startResponseDeadline";
        public static final String REMIND_SILENT_PARTICIPANT = "remindSilentParticipant";
        public static final String EXTEND_RESPONSE_DEADLINE = "extendResponseDeadline";

        public static final List<String> ALL = List.of(PHASE_LISTENER, LOAD_INVOLVEMENT_STATUS, REMIND_COORDINATOR,
                LIST_RESIDENTS, LIST_REVIEWERS, CHECK_ENDORSEMENTS, ADOPT_VISION, LIST_PARTICIPANTS, OPEN_CONDITIONS_CHECK,
                LOAD_SEAT_COMPOSITION, LIST_RESIDENT_SEAT_HOLDERS, CHECK_SEAT_ACCEPTANCE, LIST_VOTERS,
                CLOSE_DECISION_ROUND, ESCALATE_LATE_INPUT, RECORD_STEP_BACK, START_NEW_CYCLE, CLOSE_TRAJECTORY,
                START_RESPONSE_DEADLINE, REMIND_SILENT_PARTICIPANT, EXTEND_RESPONSE_DEADLINE);

        private Beans() {
        }
    }
}
