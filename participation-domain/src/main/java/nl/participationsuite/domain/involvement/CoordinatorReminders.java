package nl.participationsuite.domain.involvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** Reminders sent to coordinators while the early involvement gate holds. */
interface CoordinatorReminders extends JpaRepository<CoordinatorReminder, CoordinatorReminderId> {

    @Query("select r from CoordinatorReminder r where r.trajectoryId = :trajectoryId order by r.remindedAt")
    List<CoordinatorReminder> findByTrajectoryIdOrderByRemindedAt(TrajectoryId trajectoryId);
}
