package fr.sensiblecity.verification;

import com.ibm.icu.lang.UCharacter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A person as the town hall's lists and the identity providers both name them, reduced to what compares equal
 * however it was typed: the family name, the first given name, the birth date and, when given, the postcode.
 * <ul>
 * <li>Case and accents are folded ("ÉLODIE", "Élodie" and "elodie" are one name; "ß" is "ss", "œ" is "oe",
 * "æ" is "ae"). Letters of other scripts stay what they are: a Cyrillic "А" is not a Latin "A", so
 * "Аdrien" is another person than "Adrien".</li>
 * <li>In the family name, hyphens, apostrophes and spaces are dropped: "Le Goff", "LE-GOFF" and "Le  Goff" are
 * one name, as are "d'Artagnan" and "D ARTAGNAN".</li>
 * <li>Of the given names, only the first counts. Lists disagree on the rest (the electoral roll carries all of
 * them, a census extract often only the usual one, some providers only the first), while the first, in civil
 * order, is the same everywhere. Given names are separated by spaces or commas; a compound first name keeps its
 * parts together ("Jean-Pierre Marie" and "JEAN PIERRE" differ: the first is "jeanpierre", the second "jean").
 * With the family name and the full birth date, the first given name still tells people apart except for twins
 * with the same first name.</li>
 * </ul>
 * The hash is an HMAC-SHA256 keyed with the list's own random salt: the same person gives unrelated hashes in
 * two lists, and a table of precomputed hashes serves for no list.
 */
final class ListedIdentity {

    private static final Pattern GIVEN_SEPARATOR = Pattern.compile("[\\s\\p{Z},;]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    private ListedIdentity() {
    }

    /** Case, accents and ligatures folded; other scripts kept. */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = COMBINING.matcher(decomposed).replaceAll("");
        return UCharacter.foldCase(bare, true).replace("œ", "oe").replace("æ", "ae");
    }

    /** The family name with no case, accents, hyphens, apostrophes or spaces; empty if nothing is left. */
    static String familyName(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(folded(text)).replaceAll("");
    }

    /** The first given name, folded, its parts joined; empty if there is none. */
    static String firstGivenName(String text) {
        for (String name : GIVEN_SEPARATOR.split(folded(text).strip())) {
            String joined = NOT_LETTER_OR_DIGIT.matcher(name).replaceAll("");
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return "";
    }

    /** {@code dd/mm/yyyy} as French lists write it, or ISO {@code yyyy-mm-dd} as OpenID Connect does. */
    static Optional<LocalDate> birthDate(String text) {
        return parsedDate(text.strip()).filter(date -> date.getYear() >= 1800);
    }

    /** A provider that withholds the year writes {@code 0000}: that is no birth date to match. */
    private static Optional<LocalDate> parsedDate(String date) {
        try {
            Matcher french = FRENCH_DATE.matcher(date);
            if (french.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1))));
            }
            if (ISO_DATE.matcher(date).matches()) {
                return Optional.of(LocalDate.parse(date));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Five digits, spaces dropped ("75 011" is "75011"); empty if it is not a French postcode. */
    static Optional<String> postcode(String text) {
        String code = text.replaceAll("[\\s\\p{Z}]+", "");
        return POSTCODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The hash of an identity already normalised, keyed with the list's salt (hex). */
    static String hash(byte[] salt, String familyName, String firstGivenName, LocalDate birthDate,
            @Nullable String postcode) {
        String line = familyName + "|" + firstGivenName + "|" + birthDate + (postcode == null ? "" : "|" + postcode);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(line.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", impossible);
        }
    }
}
