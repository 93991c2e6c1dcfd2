package fr.sensiblecity.ideas;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByTargetTypeAndTargetIdAndReporterId(ContentType targetType, long targetId, long reporterId);

    long countByTargetTypeAndTargetIdAndResolvedAtIsNull(ContentType targetType, long targetId);

    List<Report> findByTargetTypeAndTargetIdAndResolvedAtIsNull(ContentType targetType, long targetId);

    List<Report> findByResolvedAtIsNullOrderByCreatedAtAsc();
}
