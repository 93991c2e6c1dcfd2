package fr.sensiblecity.residents;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Public names: plain letters, digits and simple punctuation, so a name can never carry markup. */
final class DisplayNames {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N} .'’_-]+");

    private DisplayNames() {
    }

    static String clean(@Nullable String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches();
    }

    /**
     * The first public name of a new resident: the provider's nickname or name if it is plain, otherwise a
     * pseudonym the resident can change on their profile.
     */
    static String firstName(@Nullable String suggested, long sequence) {
        String name = clean(suggested);
        if (name.length() > ProfileForm.NAME_MAX) {
            name = name.substring(0, ProfileForm.NAME_MAX).strip();
        }
        if (name.length() >= ProfileForm.NAME_MIN && isPlain(name)) {
            return name;
        }
        return "Habitant " + (1000 + Math.floorMod(sequence, 9000));
    }
}
