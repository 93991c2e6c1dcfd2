package fr.sensiblecity.moderation;

import java.util.List;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByTargetTypeAndTargetIdAndReporterId(String targetType, long targetId, long reporterId);

    List<Report> findByTargetTypeAndTargetIdAndResolvedAtIsNull(String targetType, long targetId);

    List<Report> findByResolvedAtIsNullOrderByCreatedAtAsc();

    /**
     * The open reports on the content, as last committed rather than as the transaction's snapshot saw them: called
     * under the content's row lock, so that the count is exact.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Report r where r.targetType = :targetType and r.targetId = :targetId and r.resolvedAt is null")
    List<Report> lockOpen(String targetType, long targetId);
}
