package fr.sensiblecity.panels;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.ThresholdRefused;
import fr.sensiblecity.thresholds.Thresholds;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The panels' numbers administrators change on /admin/thresholds: the lottery's ticket count, the tolerance of
 * proposed quotas (k / divisor on each side) and the census shares behind them, with their source and year.
 * Defaults: {@code sensible.panels.*}; the census shares, unless set there, are INSEE's written in {@link QuotaProposal}.
 */
@Component
@Order(30)
public class PanelThresholds implements ThresholdCatalog {

    static final String TICKETS = "panels.lottery-tickets";
    static final String TOLERANCE_DIVISOR = "panels.quota-tolerance-divisor";
    static final String CENSUS_SOURCE = "panels.census-source";
    static final String CENSUS_YEAR = "panels.census-year";
    static final String CENSUS_SHARES = "panels.census-shares";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A category's shares may round to a little more or less than 100 %. */
    private static final BigDecimal SUM_SLACK = new BigDecimal("0.5");

    private final PanelSettings defaults;
    private final Thresholds thresholds;

    PanelThresholds(PanelSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        String census = defaults.censusShares() == null ? write(QuotaProposal.CENSUS) : defaults.censusShares();
        return List.of(
                Threshold.integer("panels", TICKETS, defaults.lotteryTickets(), 100, 10_000),
                Threshold.integer("panels", TOLERANCE_DIVISOR, defaults.quotaToleranceDivisor(), 2, 100),
                Threshold.text("panels", CENSUS_SOURCE, defaults.censusSource(), 200),
                Threshold.integer("panels", CENSUS_YEAR, defaults.censusYear(), 1900, 2100),
                Threshold.lines("panels", CENSUS_SHARES, census, PanelThresholds::checkedCensus));
    }

    int lotteryTickets() {
        return thresholds.integer(TICKETS);
    }

    int toleranceDivisor() {
        return thresholds.integer(TOLERANCE_DIVISOR);
    }

    /** Where the proposed quotas' shares come from, for the page that proposes them. */
    public String censusSource() {
        return thresholds.value(CENSUS_SOURCE);
    }

    public int censusYear() {
        return thresholds.integer(CENSUS_YEAR);
    }

    Map<String, Map<String, Double>> censusShares() {
        return read(thresholds.value(CENSUS_SHARES));
    }

    /** One line per feature, {@code category; feature; percent}; each category adds up to 100 %. */
    static String checkedCensus(String text) {
        Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        String[] lines = text.strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] parts = lines[i].split(";", -1);
            BigDecimal percent;
            try {
                percent = parts.length == 3 ? new BigDecimal(parts[2].strip().replace(',', '.')) : null;
            } catch (NumberFormatException notANumber) {
                percent = null;
            }
            String category = parts[0].strip();
            String feature = parts.length > 1 ? parts[1].strip() : "";
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || !PanelForm.isName(category)
                    || !PanelForm.isName(feature) || shares.computeIfAbsent(category, any -> new LinkedHashMap<>())
                            .put(feature, percent.stripTrailingZeros()) != null) {
                throw new ThresholdRefused(CENSUS_SHARES, "threshold.error.censusLine", i + 1);
            }
        }
        shares.forEach((category, features) -> {
            BigDecimal sum = features.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(HUNDRED).abs().compareTo(SUM_SLACK) > 0) {
                throw new ThresholdRefused(CENSUS_SHARES, "threshold.error.censusSum", category, sum.toPlainString());
            }
        });
        StringJoiner tidy = new StringJoiner("\n");
        shares.forEach((category, features) -> features.forEach((feature, percent) ->
                tidy.add(category + "; " + feature + "; " + percent.toPlainString())));
        return tidy.toString();
    }

    private static Map<String, Map<String, Double>> read(String text) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(";");
            shares.computeIfAbsent(parts[0].strip(), any -> new LinkedHashMap<>())
                    .put(parts[1].strip(), new BigDecimal(parts[2].strip()).movePointLeft(2).doubleValue());
        }
        return shares;
    }

    private static String write(Map<String, Map<String, Double>> census) {
        StringJoiner text = new StringJoiner("\n");
        census.forEach((category, features) -> features.forEach((feature, share) -> text.add(category + "; " + feature
                + "; " + BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString())));
        return text.toString();
    }
}
