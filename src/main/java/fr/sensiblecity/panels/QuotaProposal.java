package fr.sensiblecity.panels;

import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Default categories and quotas for a panel of size k, which facilitators then edit: gender, age band and
 * education from national census shares (INSEE, population aged 16 and over), and the territory's districts in
 * equal shares (the platform knows districts but not their populations). Each quota is the share of k widened
 * by a tolerance of k / 20 (at least 1) on each side, so that a pool rarely matches the census exactly and still
 * yields a panel. The shares and the divisor written here are the defaults; administrators set both
 * ({@link PanelThresholds}).
 */
final class QuotaProposal {

    static final Map<String, Map<String, Double>> CENSUS = census();

    private QuotaProposal() {
    }

    static List<QuotaLine> propose(TerritorySummary territory, int size) {
        return propose(territory, size, CENSUS, 20);
    }

    static List<QuotaLine> propose(TerritorySummary territory, int size, Map<String, Map<String, Double>> census,
            int toleranceDivisor) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>(census);
        List<DistrictRef> districts = territory.districts();
        if (districts.size() > 1) {
            Map<String, Double> equal = new LinkedHashMap<>();
            districts.stream().filter(district -> PanelForm.isName(district.name()))
                    .forEach(district -> equal.put(district.name(), 1.0 / districts.size()));
            shares.put("quartier", equal);
        }
        int tolerance = Math.max(1, size / toleranceDivisor);
        List<QuotaLine> quotas = new ArrayList<>();
        shares.forEach((category, features) -> features.forEach((feature, share) -> {
            double target = share * size;
            quotas.add(new QuotaLine(category, feature, Math.max(0, (int) Math.floor(target) - tolerance),
                    Math.min(size, (int) Math.ceil(target) + tolerance)));
        }));
        return quotas;
    }

    private static Map<String, Map<String, Double>> census() {
        Map<String, Map<String, Double>> census = new LinkedHashMap<>();
        census.put("genre", ordered("femme", 0.52, "homme", 0.48));
        census.put("âge", ordered("16-24", 0.13, "25-34", 0.145, "35-44", 0.155, "45-54", 0.16, "55-64", 0.155,
                "65-74", 0.14, "75+", 0.115));
        census.put("diplôme", ordered("sans diplôme ou brevet", 0.30, "CAP ou BEP", 0.24, "baccalauréat", 0.17,
                "études supérieures", 0.29));
        return census;
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            shares.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return shares;
    }
}
