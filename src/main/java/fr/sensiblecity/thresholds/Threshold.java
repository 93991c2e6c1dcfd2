package fr.sensiblecity.thresholds;

import fr.sensiblecity.base.NotShownToPeople;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One number (or rule, or text) administrators may change: its key, the group it is shown in, its kind and bounds,
 * and its default, which comes from the module's YAML settings. Labels are {@code threshold.KEY} in the bundles,
 * an optional help text {@code threshold.KEY.help}, and the group's title {@code threshold.group.GROUP}.
 */
public record Threshold(String key, String group, Kind kind, String defaultValue, @Nullable BigDecimal min,
        @Nullable BigDecimal max, List<String> choices, @Nullable UnaryOperator<String> check) {

    @NotShownToPeople("which field edits a threshold; its label comes from the threshold's key")
    public enum Kind { INTEGER, DECIMAL, CHOICE, FLAG, TEXT, LINES }

    public static Threshold integer(String group, String key, long defaultValue, long min, long max) {
        return new Threshold(key, group, Kind.INTEGER, Long.toString(defaultValue), BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), List.of(), null);
    }

    public static Threshold decimal(String group, String key, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
        return new Threshold(key, group, Kind.DECIMAL, defaultValue.stripTrailingZeros().toPlainString(), min, max,
                List.of(), null);
    }

    public static Threshold choice(String group, String key, Enum<?> defaultValue, Enum<?>... choices) {
        return new Threshold(key, group, Kind.CHOICE, defaultValue.name(), null, null,
                java.util.Arrays.stream(choices).map(Enum::name).toList(), null);
    }

    public static Threshold flag(String group, String key, boolean defaultValue) {
        return new Threshold(key, group, Kind.FLAG, Boolean.toString(defaultValue), null, null, List.of(), null);
    }

    public static Threshold text(String group, String key, String defaultValue, int maxLength) {
        return new Threshold(key, group, Kind.TEXT, defaultValue, null, BigDecimal.valueOf(maxLength), List.of(), null);
    }

    /** Several lines whose form only the declaring module knows: {@code check} tidies them or refuses them. */
    public static Threshold lines(String group, String key, String defaultValue, UnaryOperator<String> check) {
        return new Threshold(key, group, Kind.LINES, defaultValue, null, null, List.of(), check);
    }

    public String labelKey() {
        return "threshold." + key;
    }

    /** The value as it is stored, or a refusal naming this threshold (a {@link ThresholdRefused}). */
    public String normalized(@Nullable String typed) {
        String value = typed == null ? "" : typed.strip();
        try {
            return switch (kind) {
                case INTEGER -> {
                    long number = Long.parseLong(value.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
                    if (BigDecimal.valueOf(number).compareTo(min) < 0 || BigDecimal.valueOf(number).compareTo(max) > 0) {
                        throw new NumberFormatException();
                    }
                    yield Long.toString(number);
                }
                case DECIMAL -> {
                    BigDecimal number = new BigDecimal(value.replace(',', '.').replace(" ", "")).stripTrailingZeros();
                    if (number.scale() > 4 || number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                        throw new NumberFormatException();
                    }
                    yield number.toPlainString();
                }
                case CHOICE -> {
                    if (!choices.contains(value)) {
                        throw new ThresholdRefused(key, "threshold.error.choice");
                    }
                    yield value;
                }
                case FLAG -> {
                    String flag = value.toLowerCase(Locale.ROOT);
                    if (!flag.equals("true") && !flag.equals("false")) {
                        throw new ThresholdRefused(key, "threshold.error.choice");
                    }
                    yield flag;
                }
                case TEXT -> {
                    if (value.isEmpty() || value.length() > max.intValue() || value.chars().anyMatch(Character::isISOControl)) {
                        throw new ThresholdRefused(key, "threshold.error.text", max.intValue());
                    }
                    yield value;
                }
                case LINES -> check.apply(value.replace("\r\n", "\n"));
            };
        } catch (NumberFormatException | ArithmeticException notANumber) {
            // The typed text is not a number within bounds: one sentence says which numbers are accepted.
            throw new ThresholdRefused(key, kind == Kind.INTEGER ? "threshold.error.integer" : "threshold.error.decimal",
                    min.toPlainString(), max.toPlainString());
        }
    }
}
