package fr.sensiblecity.residents;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.regex.Pattern;

/**
 * What two display names have in common when a reader cannot tell them apart: case, accents, spaces and
 * punctuation are dropped, and every confusable character becomes its Unicode TS #39 skeleton (Cyrillic "А",
 * Greek "Α" and Latin "A" alike, "0" and "O"). Two names with the same key are the same name.
 */
final class NameKeys {

    static final int MAX = 240;
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.'’_\\-]+");

    private NameKeys() {
    }

    /** The name's key with no separators at all, for uniqueness: "Mor-gane" is "Morgane". */
    static String key(String name) {
        return spaced(name).replace(" ", "");
    }

    /** The name's key with its words kept apart by one space, to find reserved words as whole words. */
    static String spaced(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : SEPARATORS.split(unmarked(name))) {
            if (word.isEmpty()) {
                continue;
            }
            String skeleton = UCharacter.foldCase(unmarked(SPOOF.getSkeleton(UCharacter.foldCase(latin(word), true))), true);
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(SEPARATORS.matcher(skeleton).replaceAll(""));
        }
        return key.length() > MAX ? key.substring(0, MAX) : key.toString();
    }

    /**
     * Letters of other scripts as the Latin letters they look like, before case is folded: a Greek capital Mu
     * looks like M, its small letter like nothing Latin. Latin letters stay, so that "I" folds to "i" (its own
     * skeleton would be "l").
     */
    private static String latin(String word) {
        StringBuilder latin = new StringBuilder();
        word.codePoints().forEach(point -> {
            int script = UScript.getScript(point);
            String letter = new String(Character.toChars(point));
            latin.append(script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED ? letter
                    : UCharacter.foldCase(SPOOF.getSkeleton(letter), true));
        });
        return latin.toString();
    }

    private static String unmarked(CharSequence text) {
        return MARKS.matcher(NFD.normalize(text)).replaceAll("");
    }
}
