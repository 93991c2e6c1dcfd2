package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as its page shows it: the terms, the totals, and once closed the city's match. {@code threshold} is
 * what the crowd must pledge for the city to add its part; {@code possibleMatch} what the city would add if the
 * campaign closed now, given the pot.
 */
public record CampaignView(long id, long projectId, String projectTitle, long programmeId, String programmeNameFr,
        String programmeNameEn, BigDecimal target, BigDecimal crowdShare, BigDecimal threshold, BigDecimal projectCap,
        BigDecimal minPledge, BigDecimal maxPledge, Instant startsAt, Instant deadline, CampaignState state,
        BigDecimal pledged, int pledgerCount, BigDecimal cityMatch, @Nullable Instant closedAt, BigDecimal potLeft) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? programmeNameEn : programmeNameFr;
    }

    public boolean takesPledgesAt(Instant now) {
        return state == CampaignState.OPEN && !now.isBefore(startsAt) && now.isBefore(deadline);
    }

    /** Whole percent of the target pledged (and matched, once closed), rounded down. */
    public int percentage() {
        return FundingStatus.percentage(pledged.add(cityMatch), target);
    }
}
