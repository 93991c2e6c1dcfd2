package fr.sensiblecity.panels.sortition;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The volunteers and the quotas a panel drawn from them must meet. Every feature of a category has a quota (a
 * category without constraint on a feature says so with min 0 and max the panel size), and every respondent
 * has exactly one of those features per category.
 */
public record Pool(List<Quota> quotas, List<Respondent> respondents) {

    public Pool {
        quotas = List.copyOf(quotas);
        respondents = List.copyOf(respondents);
        Map<Feature, Quota> byFeature = new LinkedHashMap<>();
        for (Quota quota : quotas) {
            if (byFeature.put(quota.feature(), quota) != null) {
                throw new IllegalArgumentException("Two quotas for " + quota.feature());
            }
        }
        Set<Category> categories = new LinkedHashSet<>();
        byFeature.keySet().forEach(feature -> categories.add(feature.category()));
        Set<String> ids = new HashSet<>();
        for (Respondent respondent : respondents) {
            if (!ids.add(respondent.id())) {
                throw new IllegalArgumentException("Two respondents have the id " + respondent.id());
            }
            if (!respondent.features().keySet().equals(categories)) {
                throw new IllegalArgumentException("Respondent " + respondent.id() + " must have one feature in each of "
                        + categories + ", not " + respondent.features().keySet());
            }
            for (Feature feature : respondent.features().values()) {
                if (!byFeature.containsKey(feature)) {
                    throw new IllegalArgumentException("Respondent " + respondent.id() + " has " + feature
                            + ", which has no quota");
                }
            }
        }
    }

    /** The categories, in the order their first quota appears. */
    public List<Category> categories() {
        return quotas.stream().map(Quota::category).distinct().toList();
    }

    public Optional<Quota> quotaFor(Feature feature) {
        return quotas.stream().filter(quota -> quota.feature().equals(feature)).findFirst();
    }

    public int size() {
        return respondents.size();
    }

    /** This pool with other quotas on the same features, e.g. after a {@link Relaxation}. */
    public Pool withQuotas(List<Quota> otherQuotas) {
        return new Pool(otherQuotas, respondents);
    }
}
