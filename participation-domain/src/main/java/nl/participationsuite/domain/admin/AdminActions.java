package nl.participationsuite.domain.admin;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The administrators' actions, newest first. */
public interface AdminActions extends JpaRepository<AdminAction, UUID> {

    @Query("select a from AdminAction a order by a.doneAt desc, a.id")
    List<AdminAction> latest(Pageable page);
}
