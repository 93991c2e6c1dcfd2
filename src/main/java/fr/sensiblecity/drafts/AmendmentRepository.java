package fr.sensiblecity.drafts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    List<Amendment> findByDraftIdOrderByCreatedAtDescIdDesc(long draftId);

    List<Amendment> findBySectionIdAndState(long sectionId, AmendmentState state);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Amendment a where a.id = ?1")
    Optional<Amendment> lock(long amendmentId);
}
