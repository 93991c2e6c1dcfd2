package fr.sensiblecity.base;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Free text as people type it, made into text that shows as it reads: composed (NFC), without the invisible and
 * bidirectional control characters that could make a title look empty or reorder its words on screen, with every
 * kind of space and line break turned into a plain one. Broken Unicode (a lone UTF-16 surrogate, which the database
 * would store as "?") is refused with a sentence rather than mangled. Length limits count what a reader sees:
 * {@link #fits} measures the minimum in visible characters and the maximum in stored characters (code points, as
 * the database counts them), never in UTF-16 units. Every module's free text (titles, descriptions, comments,
 * names, reasons) goes through here.
 */
public final class FreeText {

    /** Zero-width joiners stay: emoji sequences and some scripts (Persian, Hindi) need them between letters. */
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    /** Tag characters: they spell the flags of Scotland or Wales after a black flag. */
    private static final int EMOJI_TAGS_FIRST = 0xE0020;
    private static final int EMOJI_TAGS_LAST = 0xE007F;

    /** Letters and signs that draw nothing, used to pass blank names and titles off as text. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private FreeText() {
    }

    /** One line: every space, line break and separator becomes one plain space; none at either end. */
    public static String singleLine(@Nullable String raw) {
        return clean(raw, false);
    }

    /** Paragraphs: line breaks kept (at most one blank line in a row), other spaces made plain, ends trimmed. */
    public static String multiLine(@Nullable String raw) {
        return clean(raw, true);
    }

    /** Whether cleaned text has at least {@code min} visible characters and at most {@code max} stored ones. */
    public static boolean fits(String clean, int min, int max) {
        return visibleLength(clean) >= min && clean.codePointCount(0, clean.length()) <= max;
    }

    /**
     * Characters a reader sees: user-perceived characters (grapheme clusters, so "é" typed as e and an accent, a flag
     * or a family emoji count once), not counting those that show nothing (joiners, marks alone, Hangul fillers,
     * the blank Braille pattern).
     */
    public static int visibleLength(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int count = 0;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            if (text.substring(start, end).codePoints().anyMatch(FreeText::visible)) {
                count++;
            }
        }
        return count;
    }

    private static boolean visible(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.FORMAT && type != Character.CONTROL && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.UNASSIGNED && type != Character.SURROGATE
                && !BLANK_LETTERS.contains(codePoint);
    }

    private static String clean(@Nullable String raw, boolean lines) {
        if (raw == null) {
            return "";
        }
        refuseLoneSurrogates(raw);
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.replace("\r\n", "\n").codePoints().forEach(codePoint -> {
            if (isLineBreak(codePoint)) {
                out.append(lines ? '\n' : ' ');
            } else if (codePoint == '\t' || Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (!droppedInvisible(codePoint)) {
                out.appendCodePoint(codePoint);
            }
        });
        String text = withoutLooseJoiners(out.toString());
        if (!lines) {
            return text.replaceAll(" +", " ").strip();
        }
        // Runs of spaces and indentation stay: Markdown lists and quoted layouts rely on them.
        return text.replaceAll(" +\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Joiners only join: one that does not stand between two visible characters shows nothing, and goes. */
    private static String withoutLooseJoiners(String text) {
        if (text.indexOf(ZWJ) < 0 && text.indexOf(ZWNJ) < 0) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < codePoints.length; i++) {
            int codePoint = codePoints[i];
            boolean joiner = codePoint == ZWJ || codePoint == ZWNJ;
            if (!joiner || (i > 0 && i + 1 < codePoints.length && joinable(codePoints[i - 1]) && joinable(codePoints[i + 1]))) {
                kept.appendCodePoint(codePoint);
            }
        }
        return kept.toString();
    }

    private static boolean joinable(int codePoint) {
        return visible(codePoint) && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    /** CR, LF, NEL, vertical tab, form feed, line and paragraph separators. */
    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x0B || codePoint == 0x0C || codePoint == 0x85
                || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /**
     * Control characters, and format characters such as the bidirectional embeddings, overrides and isolates
     * (U+202A-202E, U+2066-2069), the marks U+200E/200F, zero-width space, word joiner and byte-order mark.
     */
    private static boolean droppedInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || (type == Character.FORMAT && codePoint != ZWJ && codePoint != ZWNJ
                && !(codePoint >= EMOJI_TAGS_FIRST && codePoint <= EMOJI_TAGS_LAST));
    }

    private static void refuseLoneSurrogates(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DomainException("text.error.brokenUnicode");
            }
        }
    }
}
