package nl.participationsuite.domain.involvement;

import java.util.List;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reminders sent to coordinators while the early involvement gate holds. */
interface CoordinatorReminders extends JpaRepository<CoordinatorReminder, CoordinatorReminderId> {

    List<CoordinatorReminder> findByTrajectoryIdOrderByRemindedAt(TrajectoryId trajectoryId);
}
