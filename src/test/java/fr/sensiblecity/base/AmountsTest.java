package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Euros as people type and read them, read strictly by the reader's locale. */
class AmountsTest {

    private static final BigDecimal RICH_POT = new BigDecimal("1000000.00");

    @Test
    void amounts_show_in_the_readers_locale_with_cents() {
        assertThat(plain(Amounts.format(new BigDecimal("12500"), Locale.FRENCH))).isEqualTo("12 500,00 €");
        assertThat(Amounts.format(new BigDecimal("12500"), Locale.ENGLISH)).isEqualTo("€12,500.00");
    }

    @Test
    void typed_amounts_are_read_in_the_readers_locale() {
        assertThat(Amounts.parse("12 500,50 €", Locale.FRENCH)).isEqualByComparingTo("12500.50");
        assertThat(Amounts.parse("12\u202f500,5", Locale.FRENCH)).isEqualByComparingTo("12500.50");
        assertThat(Amounts.parse("12\u00a0500\u00a0€", Locale.FRENCH)).isEqualByComparingTo("12500");
        assertThat(Amounts.parse("12500", Locale.FRENCH)).isEqualByComparingTo("12500");
        assertThat(Amounts.parse("1 234 567,89", Locale.FRENCH)).isEqualByComparingTo("1234567.89");
        assertThat(Amounts.parse("12 500", Locale.FRENCH)).isEqualByComparingTo("12500");
        assertThat(Amounts.parse("€12,500.50", Locale.ENGLISH)).isEqualByComparingTo("12500.50");
        assertThat(Amounts.parse("12,500", Locale.ENGLISH)).isEqualByComparingTo("12500");
        assertThat(Amounts.parse("12.5", Locale.ENGLISH)).isEqualByComparingTo("12.50");
        assertThat(Amounts.parse("25", Locale.ENGLISH).scale()).isEqualTo(2);
    }

    @Test
    void what_the_page_shows_reads_back_as_the_same_amount() {
        BigDecimal amount = new BigDecimal("1234567.89");
        assertThat(Amounts.parse(Amounts.format(amount, Locale.FRENCH), Locale.FRENCH)).isEqualByComparingTo(amount);
        assertThat(Amounts.parse(Amounts.format(amount, Locale.ENGLISH), Locale.ENGLISH)).isEqualByComparingTo(amount);
    }

    @Test
    void the_other_mark_is_read_only_where_it_can_mean_one_thing() {
        assertThat(Amounts.parse("12.50", Locale.FRENCH)).as("two digits: cents").isEqualByComparingTo("12.50");
        assertThat(Amounts.parse("1.000.000", Locale.FRENCH)).as("several groups: thousands")
                .isEqualByComparingTo("1000000");
        assertThat(Amounts.parse("12.500,50", Locale.FRENCH)).as("a dot before the comma: thousands")
                .isEqualByComparingTo("12500.50");
        assertThat(Amounts.parse("12,50", Locale.ENGLISH)).as("two digits: cents").isEqualByComparingTo("12.50");
    }

    @Test
    void a_french_dot_before_three_digits_is_refused_as_ambiguous_rather_than_read_as_cents() {
        assertRefused(() -> Amounts.parse("12.500", Locale.FRENCH), "amount.error.ambiguous");
        assertRefused(() -> Amounts.parse("12.500 €", Locale.FRENCH), "amount.error.ambiguous");
        assertRefused(() -> Amounts.parse("1.250", Locale.FRENCH), "amount.error.ambiguous");
    }

    @Test
    void marks_that_contradict_the_locale_or_badly_formed_groups_are_refused() {
        assertRefused(() -> Amounts.parse("12,500.50", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("12.500,50", Locale.ENGLISH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("12 50", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("1.2345", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("1 000.000", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("12'500", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("1234567890123456", Locale.FRENCH), "amount.error.notANumber");
    }

    @Test
    void what_is_not_an_amount_is_refused_with_a_sentence() {
        assertRefused(() -> Amounts.parse("douze euros", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("1e9", Locale.FRENCH), "amount.error.notANumber");
        assertRefused(() -> Amounts.parse("-5", Locale.FRENCH), "amount.error.positive");
        assertRefused(() -> Amounts.parse("10,005", Locale.FRENCH), "amount.error.cents");
        assertRefused(() -> Amounts.positive(BigDecimal.ZERO, RICH_POT), "amount.error.positive");
        assertRefused(() -> Amounts.positive(new BigDecimal("1000000.01"), RICH_POT), "amount.error.tooLarge");
        assertRefused(() -> Amounts.positive(null, RICH_POT), "amount.error.notANumber");
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
