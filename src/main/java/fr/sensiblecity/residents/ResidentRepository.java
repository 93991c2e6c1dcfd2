package fr.sensiblecity.residents;

import fr.sensiblecity.base.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    Optional<Resident> findByIssuerAndSubject(String issuer, String subject);

    List<Resident> findByErasedAtIsNullAndDisplayNameContainingIgnoreCaseOrderByDisplayNameAsc(String part, Pageable page);

    /** Residents not erased whose name matches the pattern (escape character '!') and who hold none of the roles. */
    @Query("select new fr.sensiblecity.residents.ResidentName(r.id, r.displayName) from Resident r "
            + "where r.erasedAt is null and lower(r.displayName) like :pattern escape '!' "
            + "and not exists (select 1 from Resident s join s.roles role where s.id = r.id and role in :excluded) "
            + "order by r.displayName asc, r.id asc")
    List<ResidentName> findNamesMatching(String pattern, Collection<Role> excluded, Pageable page);

    @Query("select count(r) from Resident r join r.roles role where role = :role")
    long countWithRole(Role role);
}
