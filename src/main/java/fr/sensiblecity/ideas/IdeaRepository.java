package fr.sensiblecity.ideas;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    @Query("select i.supportCount from Idea i where i.id = :ideaId")
    Optional<Integer> supportCountOf(long ideaId);
}
