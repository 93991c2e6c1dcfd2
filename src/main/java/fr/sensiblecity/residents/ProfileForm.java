package fr.sensiblecity.residents;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.Languages;
import org.jspecify.annotations.Nullable;

/** What a resident types on their profile page; {@link #validated()} refuses what cannot be saved. */
public record ProfileForm(String displayName, @Nullable AgeBand ageBand, @Nullable Long districtId, String language) {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 60;

    public ProfileForm {
        displayName = displayName == null ? "" : displayName;
        language = language == null ? "" : language;
    }

    ProfileForm validated() {
        String name = DisplayNames.clean(displayName);
        if (!FreeText.fits(name, NAME_MIN, NAME_MAX)) {
            throw new DomainException("profile.error.displayName", NAME_MIN, NAME_MAX);
        }
        if (!DisplayNames.isPlain(name)) {
            throw new DomainException("profile.error.displayNameCharacters");
        }
        if (!Languages.isSupported(language)) {
            throw new DomainException("profile.error.language");
        }
        return new ProfileForm(name, ageBand, districtId, Languages.supported(language).getLanguage());
    }
}
