package fr.sensiblecity.projects;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A new funding programme as an administrator writes it: a code, its names in French and English, its numbers. */
public record ProgrammeDraft(String code, String nameFr, String nameEn, ProgrammeForm terms) {

    static final int CODE_MAX = 40;
    static final int NAME_MAX = 120;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    ProgrammeDraft validated(BigDecimal largest) {
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.length() < 3 || cleanCode.length() > CODE_MAX || !CODE.matcher(cleanCode).matches()) {
            throw new DomainException("programme.error.code", CODE_MAX);
        }
        String fr = clean(nameFr);
        String en = clean(nameEn);
        if (!FreeText.fits(fr, 2, NAME_MAX) || !FreeText.fits(en, 2, NAME_MAX)) {
            throw new DomainException("programme.error.names", NAME_MAX);
        }
        if (terms == null) {
            throw new DomainException("programme.error.shareRange");
        }
        return new ProgrammeDraft(cleanCode, fr, en, terms.validated(largest));
    }

    static String clean(String text) {
        return FreeText.singleLine(text);
    }
}
