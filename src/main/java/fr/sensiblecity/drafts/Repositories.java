package fr.sensiblecity.drafts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findAllByOrderByCreatedAtDesc();
}

interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByDraftIdOrderByPosition(long draftId);

    /** Accepting an amendment and opening a vote on a section take its row lock, so they never race. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Section s where s.id = ?1")
    Optional<Section> lock(long sectionId);
}

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    List<Amendment> findByDraftIdOrderByCreatedAtDescIdDesc(long draftId);

    List<Amendment> findBySectionIdAndState(long sectionId, AmendmentState state);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Amendment a where a.id = ?1")
    Optional<Amendment> lock(long amendmentId);
}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByDraftIdOrderByPosition(long draftId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Recommendation r where r.id = ?1")
    Optional<Recommendation> lock(long recommendationId);
}
