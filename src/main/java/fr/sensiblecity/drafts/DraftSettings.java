package fr.sensiblecity.drafts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default rules of a new draft's votes; each draft keeps the rules it opened with. Amendments: a majority
 * (more than 50%) of the votes cast. Recommendations: at least 80% (Gdansk's binding threshold), of the votes
 * cast or of the members. Rate limits: amendments per hour, comments on amendments and consultation comments per
 * minute, per resident. Only the defaults of what administrators set on /admin/thresholds ({@link DraftThresholds}).
 */
@ConfigurationProperties("sensible.drafts")
public record DraftSettings(
        @DefaultValue("50") int amendmentPercent,
        @DefaultValue("CAST") VoteBase amendmentBase,
        @DefaultValue("true") boolean amendmentStrict,
        @DefaultValue("80") int recommendationPercent,
        @DefaultValue("CAST") VoteBase recommendationBase,
        @DefaultValue("10") int amendmentsPerHour,
        @DefaultValue("10") int commentsPerMinute,
        @DefaultValue("10") int consultationCommentsPerMinute) {
}
