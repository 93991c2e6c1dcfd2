package fr.sensiblecity.panels;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelRepository extends JpaRepository<Panel, Long> {

    List<Panel> findAllByOrderByIdDesc();

    List<Panel> findByPhaseAndClosedAtBeforeAndPoolPurgedAtIsNull(PanelPhase phase, Instant before);
}
