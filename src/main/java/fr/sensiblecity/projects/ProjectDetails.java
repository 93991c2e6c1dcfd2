package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a project's public page shows, apart from its funding plan and campaign. */
public record ProjectDetails(long id, String title, String summary, long territoryId, String territoryName,
        HolderType holderType, String holderName, String partners, ProjectPhase phase,
        @Nullable String evaluationSummary, List<Long> themeIds, BigDecimal budget, BigDecimal secured,
        FundingStatus fundingStatus, int percentage, Instant createdAt, List<SourceIdea> ideas,
        List<Milestone> milestones, List<TimelineEntry> timeline, List<String> labels) {

    /** An idea the project was born from. */
    public record SourceIdea(long id, String title) {
    }

    public record Milestone(long id, String title, java.time.@Nullable LocalDate dueOn, int progress) {
    }

    /** One line of the public timeline; {@code phase} is set for phase changes, {@code note} may be empty. */
    public record TimelineEntry(String kind, @Nullable ProjectPhase phase, String note, Instant at) {
    }
}
