package fr.sensiblecity.projects;

import org.jspecify.annotations.Nullable;

/** What a reader asks of the project list; null filters mean "any". Newest projects first. */
public record ProjectQuery(@Nullable Long territoryId, @Nullable Long themeId, @Nullable ProjectPhase phase,
        @Nullable FundingStatus fundingStatus) {

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null);
    }
}
