package fr.sensiblecity.territories;

import fr.sensiblecity.base.DomainException;
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
        String fr = nameFr.strip().replaceAll("\\s+", " ");
        String en = nameEn.strip().replaceAll("\\s+", " ");
        if (fr.length() < 2 || fr.length() > NAME_MAX || en.length() < 2 || en.length() > NAME_MAX) {
            throw new DomainException("theme.error.name", 2, NAME_MAX);
        }
        return new ThemeForm(cleanCode, fr, en, active);
    }
}
