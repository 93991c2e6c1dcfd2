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

    @org.springframework.data.jpa.repository.Query(value = "select count(*) from panel_seat s join panel p on p.id = s.panel_id "
            + "where s.status = 'ACCEPTED' and (:territoryId is null or p.territory_id = :territoryId)", nativeQuery = true)
    long countMembers(@org.springframework.data.repository.query.Param("territoryId") @org.jspecify.annotations.Nullable Long territoryId);

    Optional<Seat> findByPanelIdAndVolunteerId(long panelId, long volunteerId);
}
