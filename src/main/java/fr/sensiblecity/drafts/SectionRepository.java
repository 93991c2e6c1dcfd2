package fr.sensiblecity.drafts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByDraftIdOrderByPosition(long draftId);

    /** Accepting an amendment and opening a vote on a section take its row lock, so they never race. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Section s where s.id = ?1")
    Optional<Section> lock(long sectionId);
}
