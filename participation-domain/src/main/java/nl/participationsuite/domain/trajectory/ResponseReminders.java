package nl.participationsuite.domain.trajectory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reminders sent to people who let the response time pass. */
interface ResponseReminders extends JpaRepository<ResponseReminder, ResponseReminderId> {

    @Query("select r from ResponseReminder r where r.trajectoryId = :trajectoryId order by r.remindedAt")
    List<ResponseReminder> findByTrajectoryIdOrderByRemindedAt(TrajectoryId trajectoryId);
}
