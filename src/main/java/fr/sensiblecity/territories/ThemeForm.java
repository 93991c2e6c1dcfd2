package fr.sensiblecity.territories;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an administrator types about a theme; {@link #validated()} trims it and refuses what cannot be. */
public record ThemeForm(String code, String nameFr, String nameEn, boolean active) {

    static final int NAME_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public ThemeForm {
        code = code == null ? "" : code;
        nameFr = nameFr == null ? "" : nameFr;
        nameEn = nameEn == null ? "" : nameEn;
    }

    ThemeForm validated() {
        String cleanCode = code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw new DomainException("theme.error.code");
        }
        String fr = FreeText.singleLine(nameFr);
        String en = FreeText.singleLine(nameEn);
        if (!FreeText.fits(fr, 2, NAME_MAX) || !FreeText.fits(en, 2, NAME_MAX)) {
            throw new DomainException("theme.error.name", 2, NAME_MAX);
        }
        return new ThemeForm(cleanCode, fr, en, active);
    }
}
