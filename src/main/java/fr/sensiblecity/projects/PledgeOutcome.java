package fr.sensiblecity.projects;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The resident's pledge after a change (null once withdrawn) and the campaign's totals. */
public record PledgeOutcome(@Nullable BigDecimal myPledge, BigDecimal pledged, int pledgerCount) {
}
