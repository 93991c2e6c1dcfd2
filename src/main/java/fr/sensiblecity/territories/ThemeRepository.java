package fr.sensiblecity.territories;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findAllByOrderByCodeAsc();

    List<Theme> findByActiveTrueOrderByCodeAsc();

    boolean existsByCode(String code);
}
