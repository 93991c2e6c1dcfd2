package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as a moderator opens it: the programme whose pot matches it, the target, when it starts and ends.
 * A null crowd share or cap takes the programme's; a null start means now.
 */
public record CampaignForm(long programmeId, @Nullable BigDecimal target, @Nullable Instant startsAt,
        @Nullable Instant deadline, @Nullable BigDecimal crowdShare, @Nullable BigDecimal projectCap) {
}
