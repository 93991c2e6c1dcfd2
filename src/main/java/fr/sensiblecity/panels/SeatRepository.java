package fr.sensiblecity.panels;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeatRepository extends JpaRepository<Seat, Long> {

    List<Seat> findByPanelIdOrderById(long panelId);

    List<Seat> findByPanelIdAndStatus(long panelId, SeatStatus status);

    Optional<Seat> findByPanelIdAndResidentId(long panelId, long residentId);

    boolean existsByPanelIdAndResidentIdAndStatus(long panelId, long residentId, SeatStatus status);

    List<Seat> findByResidentId(long residentId);

    long countByPanelId(long panelId);

    Optional<Seat> findByPanelIdAndVolunteerId(long panelId, long volunteerId);
}
