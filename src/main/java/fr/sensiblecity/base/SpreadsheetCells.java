package fr.sensiblecity.base;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for cells of every CSV file the platform writes, and its inverse for files it reads back. A text
 * cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) gets
 * a leading apostrophe (CSV injection, OWASP); so does one that already starts with apostrophes before such a
 * character, which keeps the rule reversible. Numbers are written as they are.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The cell's text as written: empty for {@code null}. */
    public static String defused(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return value instanceof Number || !startsLikeAFormula(text, 0) ? text : "'" + text;
    }

    /** The value a cell written by {@link #defused} stood for. */
    public static String restored(String cell) {
        return cell.startsWith("'") && startsLikeAFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
