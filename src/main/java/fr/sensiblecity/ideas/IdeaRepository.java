package fr.sensiblecity.ideas;

import java.time.Instant;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    @Query("select i.supportCount from Idea i where i.id = :ideaId")
    Optional<Integer> supportCountOf(long ideaId);

    /**
     * The idea as last committed, its row locked until the transaction ends: the same row lock that supports take
     * ({@link SupportLedger#lock}), so a support and this change happen one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Idea i where i.id = :ideaId")
    Optional<Idea> lockById(long ideaId);
}
