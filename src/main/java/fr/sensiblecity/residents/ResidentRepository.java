package fr.sensiblecity.residents;

import fr.sensiblecity.base.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    Optional<Resident> findByIssuerAndSubject(String issuer, String subject);

    List<Resident> findByErasedAtIsNullAndDisplayNameContainingIgnoreCaseOrderByDisplayNameAsc(String part, Pageable page);

    @Query("select count(r) from Resident r join r.roles role where role = :role")
    long countWithRole(Role role);
}
