package fr.sensiblecity.residents;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Public names: plain letters, digits and simple punctuation, so a name can never carry markup. */
final class DisplayNames {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N} .'’_-]+");

    private DisplayNames() {
    }

    /** As typed, cleaned by the shared rules; a name from a provider that holds broken Unicode is no name. */
    static String cleanSuggestion(@Nullable String raw) {
        try {
            return clean(raw);
        } catch (DomainException broken) {
            return "";
        }
    }

    static String clean(@Nullable String raw) {
        return FreeText.singleLine(raw);
    }

    static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches();
    }

    /**
     * The first public name of a new resident: the provider's nickname or name if it is plain, otherwise a
     * pseudonym the resident can change on their profile.
     */
    static String firstName(@Nullable String suggested, long sequence) {
        String name = cleanSuggestion(suggested);
        if (name.codePointCount(0, name.length()) > ProfileForm.NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, ProfileForm.NAME_MAX)).strip();
        }
        if (FreeText.fits(name, ProfileForm.NAME_MIN, ProfileForm.NAME_MAX) && isPlain(name)) {
            return name;
        }
        return "Habitant " + (1000 + Math.floorMod(sequence, 9000));
    }
}
