package fr.sensiblecity.ideas;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
