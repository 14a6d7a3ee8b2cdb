package nl.participationsuite.domain.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** All replies to meetings' invitations. */
interface MeetingReplies extends JpaRepository<MeetingReply, java.util.UUID> {

    @Query("select r from MeetingReply r where r.meetingId = :meetingId and r.participantId = :participantId")
    Optional<MeetingReply> findByMeetingIdAndParticipantId(MeetingId meetingId, ParticipantId participantId);

    /** The replies of some participants (one person's places in their trajectories) to some meetings, in one statement. */
    @Query("select r from MeetingReply r where r.meetingId in :meetingIds and r.participantId in :participantIds")
    List<MeetingReply> findByMeetingIdInAndParticipantIdIn(Collection<MeetingId> meetingIds,
            Collection<ParticipantId> participantIds);

    @Query("select r from MeetingReply r where r.meetingId = :meetingId")
    List<MeetingReply> findByMeetingId(MeetingId meetingId);
}
