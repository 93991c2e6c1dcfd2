package fr.sensiblecity.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A panel as its page shows it. */
public record PanelDetails(long id, String question, String authority, long territoryId, int size, int reserves,
        PanelPhase phase, @Nullable LocalDate recruitmentOpens, @Nullable LocalDate recruitmentCloses,
        List<QuotaLine> quotas, List<SessionLine> sessions, @Nullable String seedAnnouncement, Instant createdAt,
        @Nullable Instant closedAt) {

    public java.util.Map<String, List<String>> categories() {
        return new PanelForm(question, authority, territoryId, size, reserves, recruitmentOpens, recruitmentCloses,
                quotas, sessions).categories();
    }
}
