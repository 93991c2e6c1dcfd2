package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How much of a project's budget is secured (committed or received): nothing, part, or all of it. */
public enum FundingStatus {
    UNFUNDED,
    PARTLY,
    FULLY;

    public static FundingStatus of(BigDecimal secured, BigDecimal budget) {
        if (secured.signum() <= 0) {
            return UNFUNDED;
        }
        return budget.signum() > 0 && secured.compareTo(budget) >= 0 ? FULLY : PARTLY;
    }

    /** Whole percent, rounded down so that 99.9 % never shows as fully funded; 0 without a budget. */
    public static int percentage(BigDecimal secured, BigDecimal budget) {
        if (budget.signum() <= 0) {
            return 0;
        }
        return secured.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.DOWN).intValueExact();
    }

    public String labelKey() {
        return "project.funding." + name().toLowerCase(Locale.ROOT);
    }
}
