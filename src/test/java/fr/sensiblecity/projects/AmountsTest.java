package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Euros as people type and read them, and the city's match computed to the cent. */
class AmountsTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal CAP = new BigDecimal("50000.00");
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
        assertThat(Amounts.parse("12.50", Locale.FRENCH)).isEqualByComparingTo("12.50");
        assertThat(Amounts.parse("1.000.000", Locale.FRENCH)).isEqualByComparingTo("1000000");
        assertThat(Amounts.parse("€12,500.50", Locale.ENGLISH)).isEqualByComparingTo("12500.50");
        assertThat(Amounts.parse("25", Locale.ENGLISH).scale()).isEqualTo(2);
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

    @Test
    void the_city_adds_the_rest_when_pledges_reach_exactly_the_crowd_share() {
        assertThat(CityMatching.match(new BigDecimal("500.00"), new BigDecimal("1000.00"), HALF, CAP, RICH_POT))
                .isEqualByComparingTo("500.00");
    }

    @Test
    void one_cent_under_the_threshold_the_city_adds_nothing() {
        assertThat(CityMatching.reached(new BigDecimal("499.99"), new BigDecimal("1000.00"), HALF)).isFalse();
        assertThat(CityMatching.match(new BigDecimal("499.99"), new BigDecimal("1000.00"), HALF, CAP, RICH_POT))
                .isEqualByComparingTo("0");
    }

    @Test
    void the_match_never_exceeds_the_rest_the_citys_share_the_cap_or_the_pot() {
        assertThat(CityMatching.match(new BigDecimal("900.00"), new BigDecimal("1000.00"), HALF, CAP, RICH_POT))
                .as("the rest of the target").isEqualByComparingTo("100.00");
        assertThat(CityMatching.match(new BigDecimal("800.00"), new BigDecimal("1000.00"), new BigDecimal("0.7"), CAP,
                RICH_POT)).as("(1 - s) x B").isEqualByComparingTo("200.00");
        assertThat(CityMatching.match(new BigDecimal("100000.00"), new BigDecimal("200000.00"), HALF, CAP, RICH_POT))
                .as("the per-project cap").isEqualByComparingTo("50000.00");
        assertThat(CityMatching.match(new BigDecimal("500.00"), new BigDecimal("1000.00"), HALF, CAP,
                new BigDecimal("120.00"))).as("what is left in the pot").isEqualByComparingTo("120.00");
        assertThat(CityMatching.match(new BigDecimal("1200.00"), new BigDecimal("1000.00"), HALF, CAP, RICH_POT))
                .as("an overfunded campaign").isEqualByComparingTo("0");
    }

    @Test
    void a_threshold_between_cents_is_reached_only_by_the_next_cent() {
        BigDecimal target = new BigDecimal("1000.01");
        assertThat(CityMatching.threshold(target, HALF)).isEqualByComparingTo("500.01");
        assertThat(CityMatching.reached(new BigDecimal("500.00"), target, HALF)).isFalse();
        assertThat(CityMatching.match(new BigDecimal("500.01"), target, HALF, CAP, RICH_POT))
                .as("the city's half of 1,000.01 rounds down").isEqualByComparingTo("500.00");
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
