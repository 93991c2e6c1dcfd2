package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A project's budget and funding lines, with what follows from them: the secured amount, status and percentage. */
public record FundingPlan(long projectId, BigDecimal budget, BigDecimal secured, FundingStatus status, int percentage,
        List<Line> lines) {

    public record Line(long id, String sourceName, SourceType sourceType, BigDecimal amount, LineStatus status,
            Instant updatedAt) {
    }
}
