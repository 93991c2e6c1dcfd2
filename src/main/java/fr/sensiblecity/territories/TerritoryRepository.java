package fr.sensiblecity.territories;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

    @EntityGraph(attributePaths = "districts")
    List<Territory> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = "districts")
    Optional<Territory> findWithDistrictsById(long id);

    boolean existsByOfficialCode(String officialCode);

    @Query("select t.population from Territory t where t.id = :id")
    Optional<Integer> findPopulationById(long id);

    @Query("select count(d) > 0 from District d where d.id = :districtId")
    boolean districtExists(long districtId);

    boolean existsByOfficialCodeAndIdNot(String officialCode, long id);
}
