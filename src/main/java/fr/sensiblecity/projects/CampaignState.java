package fr.sensiblecity.projects;

import java.util.Locale;

/** A campaign takes pledges while open; at its deadline it succeeds (the city matches) or fails (pledges released). */
public enum CampaignState {
    OPEN,
    SUCCEEDED,
    FAILED;

    public String labelKey() {
        return "campaign.state." + name().toLowerCase(Locale.ROOT);
    }
}
