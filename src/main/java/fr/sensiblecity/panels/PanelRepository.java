package fr.sensiblecity.panels;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PanelRepository extends JpaRepository<Panel, Long> {

    List<Panel> findAllByOrderByIdDesc();

    List<Panel> findByPhaseAndClosedAtBeforeAndPoolPurgedAtIsNull(PanelPhase phase, Instant before);

    /** Retention takes the panel's row lock, so two runs at once purge and record a pool only once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Panel p where p.id = ?1")
    Optional<Panel> lock(long panelId);
}
