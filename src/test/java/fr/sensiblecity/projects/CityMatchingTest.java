package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The city's match computed to the cent. */
class CityMatchingTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal CAP = new BigDecimal("50000.00");
    private static final BigDecimal RICH_POT = new BigDecimal("1000000.00");

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
}
