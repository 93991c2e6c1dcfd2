package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.panels.sortition.Pool;
import fr.sensiblecity.panels.sortition.Quota;
import fr.sensiblecity.panels.sortition.QuotaChange;
import fr.sensiblecity.panels.sortition.Relaxation;
import fr.sensiblecity.panels.sortition.Respondent;
import fr.sensiblecity.panels.sortition.Sortition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A panel's quotas and volunteers as the sortition engine reads them, and its infeasibility as a sentence. */
final class PanelPools {

    private PanelPools() {
    }

    static Pool of(Panel panel, List<Volunteer> volunteers) {
        List<Quota> quotas = panel.quotaLines().stream()
                .map(line -> Quota.of(line.category(), line.feature(), line.min(), line.max())).toList();
        List<Respondent> respondents = new ArrayList<>();
        for (Volunteer volunteer : volunteers) {
            List<String> pairs = new ArrayList<>();
            volunteer.features().forEach((category, feature) -> {
                pairs.add(category);
                pairs.add(feature);
            });
            respondents.add(Respondent.of(volunteer.poolId(), pairs.toArray(String[]::new)));
        }
        return new Pool(quotas, respondents);
    }

    /** Refuses, naming the smallest relaxation, when no panel of this size meets every quota of the pool. */
    static void requireFeasible(Pool pool, int seats) {
        Relaxation relaxation = Sortition.relaxation(pool, seats);
        if (!relaxation.isNeeded()) {
            return;
        }
        if (relaxation.poolSize() < seats) {
            throw new DomainException("panel.error.poolTooSmall", relaxation.poolSize(), seats);
        }
        throw new RelaxationNeeded(relaxation);
    }

    /** {@code gender=female: min 6 → 4; age=65+: max 2 → 3}. */
    static String describe(List<QuotaChange> changes) {
        return changes.stream().map(change -> {
            StringBuilder text = new StringBuilder(change.quota().feature().toString()).append(':');
            if (change.suggestedMin() != change.quota().min()) {
                text.append(String.format(Locale.ROOT, " min %d → %d", change.quota().min(), change.suggestedMin()));
            }
            if (change.suggestedMax() != change.quota().max()) {
                text.append(String.format(Locale.ROOT, " max %d → %d", change.quota().max(), change.suggestedMax()));
            }
            return text.toString();
        }).collect(Collectors.joining("; "));
    }
}
