package fr.sensiblecity.projects;

import fr.sensiblecity.base.NotShownToPeople;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A recorded eligibility check of a project against a programme, with one reason per rule. */
public record EligibilityResult(long id, long projectId, long programmeId, boolean eligible, Instant checkedAt,
        List<Reason> reasons) {

    /** The rules a programme may carry. */
    @NotShownToPeople("each rule becomes a whole sentence in EligibilitySentences")
    public enum Rule {
        POPULATION,
        RURAL,
        THEMES,
        CRITERION
    }

    /**
     * One rule's outcome: what was found and what the rule asks, as plain values (a population, theme ids separated
     * by commas), so that pages can word them in the reader's language.
     */
    public record Reason(Rule rule, boolean passed, String found, String required, @Nullable Long criterionId) {
    }
}
