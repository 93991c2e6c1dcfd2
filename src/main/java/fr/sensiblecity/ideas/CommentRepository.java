package fr.sensiblecity.ideas;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByIdeaIdOrderByCreatedAtAscIdAsc(long ideaId);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
