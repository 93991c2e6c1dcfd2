package fr.sensiblecity.panels;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documents an evidence library accepts, recognised by their extension and their first bytes together (a
 * renamed file of another type is refused): PDF, ODT, DOCX, PNG and JPEG.
 */
final class DocumentTypes {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    static final String ACCEPTED = ".pdf,.odt,.docx,.png,.jpg,.jpeg";

    private DocumentTypes() {
    }

    /** The stored type when the library accepts it, else a type no browser renders. */
    static String served(String storedType) {
        return TYPES.containsValue(storedType) ? storedType : "application/octet-stream";
    }

    /** The content type to serve the document with, when its name and its bytes agree on an accepted type. */
    static Optional<String> recognise(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        byte[] magic = switch (extension) {
            case "pdf" -> PDF;
            case "odt", "docx" -> ZIP;
            case "png" -> PNG;
            default -> JPEG;
        };
        boolean starts = content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        return starts ? Optional.of(type) : Optional.empty();
    }
}
