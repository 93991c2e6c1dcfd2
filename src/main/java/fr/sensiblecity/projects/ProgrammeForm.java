package fr.sensiblecity.projects;

import fr.sensiblecity.base.DomainException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The numbers an administrator sets on a programme: eligibility limits and the civic crowdfunding terms. */
public record ProgrammeForm(@Nullable Integer populationBelow, boolean requiresRural, @Nullable BigDecimal matchingPot,
        @Nullable BigDecimal crowdShare, @Nullable BigDecimal projectCap) {

    ProgrammeForm validated(BigDecimal largest) {
        if (populationBelow != null && populationBelow < 1) {
            throw new DomainException("programme.error.population");
        }
        if (crowdShare == null || crowdShare.signum() <= 0 || crowdShare.compareTo(BigDecimal.ONE) > 0
                || crowdShare.stripTrailingZeros().scale() > 4) {
            throw new DomainException("programme.error.share");
        }
        BigDecimal pot = matchingPot == null || matchingPot.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(matchingPot, largest);
        BigDecimal cap = projectCap == null || projectCap.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(projectCap, largest);
        return new ProgrammeForm(populationBelow, requiresRural, pot, crowdShare, cap);
    }
}
