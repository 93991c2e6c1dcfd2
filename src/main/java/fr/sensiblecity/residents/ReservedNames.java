package fr.sensiblecity.residents;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Words no resident may use in a display name, because they would make the name look like the platform's staff
 * or an institution speaking: role words, "mairie", the platform's name. Matched on {@link NameKeys}, so accents,
 * case and look-alike letters do not get around them. Territory names are reserved too, read from the territories
 * themselves. Staff (moderators, facilitators, administrators) are exempt: a town hall's account may be called
 * "Mairie de Valbrume".
 */
@ConfigurationProperties("sensible.residents")
record ReservedNames(List<String> reservedNames) {

    ReservedNames {
        reservedNames = reservedNames == null ? List.of() : List.copyOf(reservedNames);
    }

    /** Whether the name contains a reserved word or phrase as whole words, or glued to others if it is long. */
    boolean reserves(String name) {
        String spaced = " " + NameKeys.spaced(name) + " ";
        String key = NameKeys.key(name);
        for (String reserved : reservedNames) {
            String word = NameKeys.spaced(reserved);
            if (word.isEmpty()) {
                continue;
            }
            // "Badminton" must stay possible, "Modérationofficielle" must not: short words count only whole.
            if (spaced.contains(" " + word + " ") || (reserved.strip().length() >= 6 && key.contains(word.replace(" ", "")))) {
                return true;
            }
        }
        return false;
    }
}
