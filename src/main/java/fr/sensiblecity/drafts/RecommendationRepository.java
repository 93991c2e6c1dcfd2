package fr.sensiblecity.drafts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByDraftIdOrderByPosition(long draftId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Recommendation r where r.id = ?1")
    Optional<Recommendation> lock(long recommendationId);
}
