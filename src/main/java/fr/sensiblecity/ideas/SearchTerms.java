package fr.sensiblecity.ideas;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into the words ideas are found by: lower case, without accents, without the commonest French and
 * English words, plural "s"/"x" dropped. The same rules apply to ideas and to what readers type, so
 * "Vélos partagés" finds "velo partage". An idea's words are stored between spaces in {@code idea.search_text}
 * ({@link #indexText}), which MariaDB's full-text index covers; the words MariaDB's default list of stopwords leaves
 * out of that index ("com", "who", ...) are common words here too, so an index and a plain scan of the column find
 * the same ideas.
 */
public final class SearchTerms {

    static final int TERM_MAX = 40;
    private static final int TERMS_PER_IDEA = 300;
    private static final int TERMS_PER_QUERY = 8;
    private static final Set<String> COMMON = Set.of(
            "les", "des", "une", "est", "pour", "dans", "par", "sur", "avec", "sans", "qui", "que", "quoi", "dont",
            "aux", "ces", "ses", "son", "sa", "leur", "leurs", "nous", "vous", "ils", "elles", "elle", "pas", "plus",
            "mais", "ou", "donc", "car", "ce", "cet", "cette", "tout", "tous", "toute", "toutes", "etre", "avoir",
            "fait", "faire", "comme", "aussi", "tres", "bien", "entre", "depuis", "chez", "du", "de", "la", "le",
            "the", "and", "for", "with", "that", "this", "are", "was", "from", "have", "has", "not", "but", "our",
            "your", "their", "they", "you", "all", "can", "will", "would", "into", "about", "more",
            // InnoDB's default full-text stopwords of three letters or more not listed above.
            "com", "how", "und", "what", "when", "where", "who", "www");

    private SearchTerms() {
    }

    /** The words an idea is indexed under. */
    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.length() >= 3 && !COMMON.contains(word)) {
                terms.add(word);
                if (terms.size() == TERMS_PER_IDEA) {
                    break;
                }
            }
        }
        return terms;
    }

    /** What {@code idea.search_text} holds for an idea: its words, each between spaces. */
    public static String indexText(String title, String description) {
        return " " + String.join(" ", of(title + " " + description)) + " ";
    }

    /** The words of a search, each matched as the start of an indexed word. */
    static Set<String> ofQuery(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.length() >= 2 && !COMMON.contains(word)) {
                terms.add(word);
                if (terms.size() == TERMS_PER_QUERY) {
                    break;
                }
            }
        }
        return terms;
    }

    private static String[] words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String[] words = plain.split("[^a-z0-9]+");
        for (int i = 0; i < words.length; i++) {
            words[i] = singular(words[i]);
        }
        return words;
    }

    private static String singular(String word) {
        String cut = word.length() > TERM_MAX ? word.substring(0, TERM_MAX) : word;
        if (cut.length() > 3 && (cut.endsWith("s") || cut.endsWith("x")) && !cut.endsWith("ss")) {
            return cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
