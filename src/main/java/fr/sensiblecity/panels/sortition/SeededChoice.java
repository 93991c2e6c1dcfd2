package fr.sensiblecity.panels.sortition;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The only source of chance in a draw, so that anyone can repeat it with a few lines of any language: a number
 * is SHA-256 of a UTF-8 text, read as an unsigned big-endian integer, modulo the number of choices. With 256 bits
 * the bias of the modulo is below 2^-200.
 */
final class SeededChoice {

    private SeededChoice() {
    }

    /** {@code SHA-256(text) mod choices}. */
    static int below(String text, int choices) {
        return new BigInteger(1, sha256(text.getBytes(StandardCharsets.UTF_8)))
                .mod(BigInteger.valueOf(choices)).intValueExact();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
