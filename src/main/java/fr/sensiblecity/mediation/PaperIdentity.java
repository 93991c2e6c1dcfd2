package fr.sensiblecity.mediation;

import fr.sensiblecity.base.DomainException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who a mediator saw at the counter, as read on their identity document: used once, to compute the person key, and
 * never stored. Names are compared without case, accents, punctuation or repeated spaces, so that "Le Gall" and
 * "LE-GALL" are one person.
 */
public record PaperIdentity(String familyName, String givenNames, LocalDate birthDate) {

    static final int NAME_MAX = 100;

    /** The identity as typed, refused with a sentence when a part is missing or impossible. */
    public static PaperIdentity of(@Nullable String familyName, @Nullable String givenNames,
            @Nullable LocalDate birthDate, LocalDate today) {
        String family = normalised(familyName);
        String given = normalised(givenNames);
        if (family.isEmpty() || given.isEmpty() || familyName.length() > NAME_MAX || givenNames.length() > NAME_MAX) {
            throw new DomainException("paper.error.name", NAME_MAX);
        }
        if (birthDate == null || !birthDate.isBefore(today) || birthDate.isBefore(today.minusYears(130))) {
            throw new DomainException("paper.error.birthDate");
        }
        return new PaperIdentity(family, given, birthDate);
    }

    /** Lower case, accents and punctuation dropped, one space between words. */
    static String normalised(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
