package fr.sensiblecity.ideas;

import java.time.Instant;
import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByIdeaIdOrderByCreatedAtAscIdAsc(long ideaId);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    /** The comment as last committed, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Comment c where c.id = :commentId")
    Optional<Comment> lockById(long commentId);
}
