package fr.sensiblecity.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Euros as people type and read them: "12 500,50 €" in French, "€12,500.50" in English. Amounts are exact
 * decimals with cents; what cannot be read as one is refused with a sentence, never guessed.
 */
public final class Amounts {

    /** A plain, a no-break or a narrow no-break space, as people and word processors put between thousands. */
    private static final String SPACE = "[ \\u00a0\\u202f]";
    /** "12.500" in French: a thousands dot to some, a decimal point to others. */
    private static final Pattern SINGLE_DOT_GROUP = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Currency EURO = Currency.getInstance("EUR");

    private Amounts() {
    }

    /**
     * Reads a typed amount by the reader's locale: in French a comma before the cents and spaces (plain, no-break or
     * narrow) between thousands, in English a dot before the cents and commas between thousands. The other mark is
     * read only where it cannot mean anything else ("1.000.000" or "12.50" in French); "12.500" in French, which
     * many write for 12 500 € and others for 12,50 €, is refused rather than guessed. Refuses text, signs and more
     * than two decimals.
     */
    public static BigDecimal parse(@Nullable String typed, Locale locale) {
        String text = typed == null ? "" : trimmed(typed.replace("€", "").replace("EUR", ""));
        if (text.startsWith("-")) {
            throw new DomainException("amount.error.positive");
        }
        text = text.startsWith("+") ? trimmed(text.substring(1)) : text;
        boolean english = "en".equals(locale.getLanguage());
        String decimal = english ? "\\." : ",";
        String other = english ? "," : "\\.";
        Matcher own = Pattern.compile("(" + grouped(other) + ")(?:" + decimal + "(\\d+))?").matcher(text);
        if (own.matches()) {
            if (!english && own.group(2) == null && SINGLE_DOT_GROUP.matcher(text).matches()) {
                throw new DomainException("amount.error.ambiguous");
            }
            return exact(own.group(1), own.group(2));
        }
        // The other mark before one or two final digits can only mark the cents: "12.50" in French, "12,50" in English.
        Matcher foreign = Pattern.compile("(" + grouped(null) + ")" + other + "(\\d{1,2})").matcher(text);
        if (foreign.matches()) {
            return exact(foreign.group(1), foreign.group(2));
        }
        throw new DomainException("amount.error.notANumber");
    }

    private static String trimmed(String text) {
        return text.replaceAll("^[\\s\\u00a0\\u202f]+|[\\s\\u00a0\\u202f]+$", "");
    }

    /** Whole euros: plain digits, or groups of three after spaces or after {@code mark} (never mixed). */
    private static String grouped(@Nullable String mark) {
        String spaced = "\\d{1,3}(?:" + SPACE + "\\d{3})+";
        String marked = mark == null ? "" : "|\\d{1,3}(?:" + mark + "\\d{3})+";
        return "\\d{1,15}|" + spaced + marked;
    }

    private static BigDecimal exact(String euros, @Nullable String cents) {
        String digits = euros.replaceAll("\\D", "");
        if (digits.length() > 15) {
            throw new DomainException("amount.error.notANumber");
        }
        return checkedCents(new BigDecimal(cents == null ? digits : digits + "." + cents));
    }

    /** Positive, at most two decimals and at most {@code largest}; returned with scale 2. */
    public static BigDecimal positive(@Nullable BigDecimal amount, BigDecimal largest) {
        if (amount == null) {
            throw new DomainException("amount.error.notANumber");
        }
        if (amount.signum() <= 0) {
            throw new DomainException("amount.error.positive");
        }
        BigDecimal exact = checkedCents(amount);
        if (exact.compareTo(largest) > 0) {
            throw new DomainException("amount.error.tooLarge", largest);
        }
        return exact;
    }

    private static BigDecimal checkedCents(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("amount.error.cents");
        }
        return amount.setScale(2);
    }

    /** The amount in the reader's locale, with cents and the euro sign. */
    public static String format(BigDecimal amount, Locale locale) {
        Locale where = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
        NumberFormat format = NumberFormat.getCurrencyInstance(where);
        format.setCurrency(EURO);
        return format.format(amount);
    }
}
