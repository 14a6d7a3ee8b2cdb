package nl.participationsuite.domain.privacy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Portal accounts still to be removed, oldest first. */
public interface AccountRemovals extends JpaRepository<AccountRemoval, UUID> {

    @Query("select r from AccountRemoval r order by r.requestedAt asc")
    List<AccountRemoval> findAllByOrderByRequestedAtAsc();

    /** Takes a removal off the queue; answers 0 when another node already did. */
    @Modifying
    @Query("delete from AccountRemoval removal where removal.id = :id")
    int done(@Param("id") UUID id);
}
