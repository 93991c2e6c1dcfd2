package fr.sensiblecity.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash that chains audit trails: SHA-256 of a line of text, in lower-case hex. */
public final class Sha256 {

    /** Cloned for each hash: cloning skips the provider lookup that getInstance does (it showed under locks). */
    private static final MessageDigest PROTOTYPE = prototype();

    private Sha256() {
    }

    public static String hex(String line) {
        try {
            MessageDigest digest = (MessageDigest) PROTOTYPE.clone();
            return HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", impossible);
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
