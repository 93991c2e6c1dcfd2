package fr.sensiblecity.drafts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecommendationProposalRepository extends JpaRepository<RecommendationProposal, Long> {

    List<RecommendationProposal> findByDraftIdOrderByCreatedAtAscIdAsc(long draftId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RecommendationProposal p where p.id = ?1")
    Optional<RecommendationProposal> lock(long proposalId);
}
