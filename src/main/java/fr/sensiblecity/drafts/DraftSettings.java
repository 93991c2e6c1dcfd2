package fr.sensiblecity.drafts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default rules of a new draft's votes; each draft keeps the rules it opened with. Amendments: a majority
 * (more than 50%) of the votes cast. Recommendations: at least 80% (Gdansk's binding threshold), of the votes
 * cast or of the members.
 */
@ConfigurationProperties("sensible.drafts")
public record DraftSettings(
        @DefaultValue("50") int amendmentPercent,
        @DefaultValue("CAST") VoteBase amendmentBase,
        @DefaultValue("true") boolean amendmentStrict,
        @DefaultValue("80") int recommendationPercent,
        @DefaultValue("CAST") VoteBase recommendationBase) {

    public VoteRule amendmentRule() {
        return new VoteRule(amendmentPercent, amendmentBase, amendmentStrict);
    }

    public VoteRule recommendationRule() {
        return new VoteRule(recommendationPercent, recommendationBase, false);
    }
}
