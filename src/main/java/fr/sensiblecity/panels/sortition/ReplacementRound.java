package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The draw that replaces members who declined, as a pool and a panel size of its own, so that it runs through
 * exactly the same steps as the first draw (fair distribution, published lottery, seeded draw). The remaining pool
 * leaves out the members who accepted and everyone excluded (at least those who declined); each quota shrinks by
 * the accepted members who have its feature (a min never below 0). Any panel of the round together with the
 * accepted members therefore meets the original quotas.
 *
 * @param seats how many replacements to draw: the panel size minus the accepted members
 */
public record ReplacementRound(Pool pool, int seats) {

    static ReplacementRound of(Pool original, int panelSize, Set<String> accepted, Set<String> excluded) {
        Set<String> known = new HashSet<>();
        original.respondents().forEach(respondent -> known.add(respondent.id()));
        for (String id : accepted) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("No respondent " + id + " in the pool");
            }
            if (excluded.contains(id)) {
                throw new IllegalArgumentException("Respondent " + id + " cannot both accept and be excluded");
            }
        }
        if (accepted.size() > panelSize) {
            throw new IllegalArgumentException(accepted.size() + " accepted members for a panel of " + panelSize);
        }
        List<Quota> reduced = new ArrayList<>();
        for (Quota quota : original.quotas()) {
            long taken = original.respondents().stream()
                    .filter(respondent -> accepted.contains(respondent.id()) && respondent.has(quota.feature())).count();
            if (taken > quota.max()) {
                throw new IllegalArgumentException("The accepted members already exceed the quota " + quota);
            }
            reduced.add(new Quota(quota.feature(), Math.max(0, quota.min() - (int) taken), quota.max() - (int) taken));
        }
        List<Respondent> remaining = original.respondents().stream()
                .filter(respondent -> !accepted.contains(respondent.id()) && !excluded.contains(respondent.id()))
                .toList();
        return new ReplacementRound(new Pool(reduced, remaining), panelSize - accepted.size());
    }
}
