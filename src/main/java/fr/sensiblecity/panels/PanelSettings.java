package fr.sensiblecity.panels;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the panels feature, all operator settings.
 *
 * @param leximinPoolLimit   pools up to this size get the full LEXIMIN; larger ones stop at its first stage,
 *                           MAXIMIN, which takes seconds rather than minutes on thousands of volunteers
 * @param retentionMonths    how long after a panel closes its volunteer pool's data is kept
 * @param evidenceMaxBytes   the largest document of an evidence library
 * @param evidenceDirectory  where documents are stored; unset, they are stored in the database
 * @param poolFileMaxBytes   the largest practitioners' file (categories.csv, respondents.csv) an import reads
 * @param lotteryTickets     tickets a published lottery is rounded to
 * @param quotaToleranceDivisor proposed quotas are widened by k / this (at least 1) on each side
 * @param censusSource       where the census shares behind proposed quotas come from, and {@code censusYear}
 * @param censusShares       lines {@code category; feature; percent}; unset, INSEE's shares in {@link QuotaProposal}
 * @param publishedProfileMinimum a profile shared by fewer volunteers is published with features hidden
 *                           ({@link PublishedProfiles})
 *                           The last five are only the defaults of what administrators set on /admin/thresholds.
 */
@ConfigurationProperties("sensible.panels")
public record PanelSettings(
        @DefaultValue("300") int leximinPoolLimit,
        @DefaultValue("6") int retentionMonths,
        @DefaultValue("10485760") long evidenceMaxBytes,
        @Nullable String evidenceDirectory,
        @DefaultValue("5242880") long poolFileMaxBytes,
        @DefaultValue("1000") int lotteryTickets,
        @DefaultValue("20") int quotaToleranceDivisor,
        @DefaultValue("INSEE, recensement de la population, personnes de 16 ans ou plus") String censusSource,
        @DefaultValue("2021") int censusYear,
        @Nullable String censusShares,
        @DefaultValue("5") int publishedProfileMinimum) {
}
