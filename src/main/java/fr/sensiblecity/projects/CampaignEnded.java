package fr.sensiblecity.projects;

import java.util.Set;

/** A campaign closed at its deadline: matched by the city, or failed with its pledges released. Pledgers are told. */
public record CampaignEnded(long campaignId, long projectId, boolean succeeded, Set<Long> pledgerIds) {

    public CampaignEnded {
        pledgerIds = Set.copyOf(pledgerIds);
    }
}
