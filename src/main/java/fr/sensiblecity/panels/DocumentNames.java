package fr.sensiblecity.panels;

import java.text.Normalizer;

/**
 * A document's name as the library keeps and serves it: the last part of whatever path the browser sent, without
 * quotes, backslashes, control or invisible formatting characters (line breaks, bidirectional overrides), so that
 * it can neither break a {@code Content-Disposition} header nor make a browser save the file under another type.
 */
public final class DocumentNames {

    static final int MAX = 200;

    private DocumentNames() {
    }

    /** The cleaned name; {@code "document"} when nothing is left of it. */
    public static String clean(String sent) {
        String name = Normalizer.normalize(sent == null ? "" : sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> c != '"' && c != ';' && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.LINE_SEPARATOR
                        && Character.getType(c) != Character.PARAGRAPH_SEPARATOR && Character.getType(c) != Character.SURROGATE)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.length() > MAX) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot < 0 || cleaned.length() - dot > 10 ? "" : cleaned.substring(dot);
            cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
        }
        return cleaned.isEmpty() ? "document" : cleaned;
    }
}
