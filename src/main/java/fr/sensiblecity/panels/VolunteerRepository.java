package fr.sensiblecity.panels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByPanelIdOrderById(long panelId);

    Optional<Volunteer> findByPanelIdAndResidentId(long panelId, long residentId);

    List<Volunteer> findByResidentId(long residentId);

    long countByPanelId(long panelId);

    List<Volunteer> findByPanelIdAndIdNotIn(long panelId, Collection<Long> keep);
}
