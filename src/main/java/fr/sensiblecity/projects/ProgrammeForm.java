package fr.sensiblecity.projects;

import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The numbers an administrator sets on a programme: eligibility limits and the civic crowdfunding terms. */
public record ProgrammeForm(@Nullable Integer populationBelow, boolean requiresRural, @Nullable BigDecimal matchingPot,
        @Nullable BigDecimal crowdShare, @Nullable BigDecimal projectCap) {

    /** Residents raise at least 1 % and the city adds at most 99 %: a programme always shares the cost. */
    static final BigDecimal SHARE_MIN = new BigDecimal("0.01");
    static final BigDecimal SHARE_MAX = new BigDecimal("0.99");

    ProgrammeForm validated(BigDecimal largest) {
        if (populationBelow != null && populationBelow < 1) {
            throw new DomainException("programme.error.population");
        }
        if (crowdShare == null || crowdShare.compareTo(SHARE_MIN) < 0 || crowdShare.compareTo(SHARE_MAX) > 0
                || crowdShare.stripTrailingZeros().scale() > 4) {
            throw new DomainException("programme.error.shareRange");
        }
        BigDecimal pot = matchingPot == null || matchingPot.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(matchingPot, largest);
        BigDecimal cap = projectCap == null || projectCap.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(projectCap, largest);
        return new ProgrammeForm(populationBelow, requiresRural, pot, crowdShare, cap);
    }
}
