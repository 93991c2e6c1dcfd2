package fr.sensiblecity.drafts;

import java.util.Locale;

/**
 * Where a member's proposal for a recommendation stands: open to support; put to the vote (it became a
 * recommendation); merged into another proposal with its authors' agreement; declined by the facilitator, with a
 * reason members read; or withdrawn by its author before any of these.
 */
public enum ProposalState {
    OPEN,
    VOTED,
    MERGED,
    DECLINED,
    WITHDRAWN;

    public String labelKey() {
        return "drafts.proposalState." + name().toLowerCase(Locale.ROOT);
    }
}
