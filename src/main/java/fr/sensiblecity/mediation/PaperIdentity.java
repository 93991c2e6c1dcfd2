package fr.sensiblecity.mediation;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.verification.IdentityNames;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who a mediator saw at the counter, as read on their identity document: used once, to compute the person key, and
 * never stored. Names are reduced as the town hall's lists reduce them ({@link IdentityNames}): no case, accents,
 * hyphens or spaces in the family name ("Le Gall" and "LE-GALL" are one person), and only the first given name.
 */
public record PaperIdentity(String familyName, String givenNames, LocalDate birthDate) {

    static final int NAME_MAX = 100;

    /** The identity as typed, refused with a sentence when a part is missing or impossible. */
    public static PaperIdentity of(@Nullable String familyName, @Nullable String givenNames,
            @Nullable LocalDate birthDate, LocalDate today) {
        String family = familyName == null ? "" : IdentityNames.familyName(familyName);
        String given = givenNames == null ? "" : IdentityNames.firstGivenName(givenNames);
        if (family.isEmpty() || given.isEmpty() || familyName.length() > NAME_MAX || givenNames.length() > NAME_MAX) {
            throw new DomainException("paper.error.name", NAME_MAX);
        }
        if (birthDate == null || !birthDate.isBefore(today) || birthDate.isBefore(today.minusYears(130))) {
            throw new DomainException("paper.error.birthDate");
        }
        return new PaperIdentity(family, given, birthDate);
    }
}
