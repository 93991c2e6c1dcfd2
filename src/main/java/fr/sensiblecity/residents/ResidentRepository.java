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

    /** Who holds a name key: at most one resident, since the key is the table's primary key. */
    @Query("select r.id from Resident r join r.nameKeys k where k = :key")
    List<Long> ownersOfNameKey(String key);

    @Query("select distinct r from Resident r left join fetch r.nameChanges where r.id in :ids and r.erasedAt is null")
    List<Resident> findWithNameChanges(Collection<Long> ids);

    /** Residents not erased who used a name containing the pattern (escape character '!'), now or before. */
    @Query("select distinct r.id from Resident r join r.nameChanges c where r.erasedAt is null "
            + "and lower(c.displayName) like :pattern escape '!' order by r.id")
    List<Long> findIdsByAnyNameMatching(String pattern, Pageable page);

    /** Residents who signed in before names had keys (filled in at start-up). */
    @Query("select r.id from Resident r where r.erasedAt is null and r.nameKeys is empty")
    List<Long> findIdsWithoutNameKey();

    @Query("select count(r) from Resident r join r.roles role where role = :role")
    long countWithRole(Role role);
}
