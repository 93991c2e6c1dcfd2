package fr.sensiblecity.base;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Codes printed on paper for a person to type once (a residency letter, a counter receipt): 12 of 24 letters and
 * digits that cannot be mistaken for one another, about 3.6 × 10^16 codes, shown in three groups of four.
 */
public final class OneTimeCodes {

    /** No 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B: what a resident reads on paper is what they type. */
    public static final String ALPHABET = "ACDEFGHJKMNPRTUVWXY34679";
    public static final int LENGTH = 12;

    private OneTimeCodes() {
    }

    public static String newCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper case, without the spaces and dashes people type between groups. */
    public static String normalize(@Nullable String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
    }

    /** ABCD-EFGH-JKLM: three groups of four are easier to read and type. */
    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
