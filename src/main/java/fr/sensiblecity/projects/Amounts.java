package fr.sensiblecity.projects;

import fr.sensiblecity.base.DomainException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Euros as people type and read them: "12 500,50 €" in French, "€12,500.50" in English. Amounts are exact
 * decimals with cents; what cannot be read as one is refused with a sentence, never guessed.
 */
public final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}(\\.\\d+)?");
    private static final Currency EURO = Currency.getInstance("EUR");

    private Amounts() {
    }

    /** Reads a typed amount; refuses text, signs and more than two decimals. */
    public static BigDecimal parse(@Nullable String typed, Locale locale) {
        String text = typed == null ? "" : typed.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0\\u202f']", "");
        if (text.startsWith("-")) {
            throw new DomainException("amount.error.positive");
        }
        text = text.startsWith("+") ? text.substring(1) : text;
        boolean french = !"en".equals(locale.getLanguage());
        char decimal = french ? ',' : '.';
        char grouping = french ? '.' : ',';
        if (french && text.indexOf(',') < 0 && text.indexOf('.') == text.lastIndexOf('.')) {
            decimal = '.';
            grouping = ',';
        }
        if (text.indexOf(decimal) >= 0) {
            text = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else {
            text = text.replace(String.valueOf(grouping), "");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new DomainException("amount.error.notANumber");
        }
        return checkedCents(new BigDecimal(text));
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
