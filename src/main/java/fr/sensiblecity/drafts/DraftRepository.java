package fr.sensiblecity.drafts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findAllByOrderByCreatedAtDesc();
}
