package fr.sensiblecity.projects;

import static fr.sensiblecity.projects.ProjectFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Civic crowdfunding on MariaDB: pledges, the city's match at the deadline, and closing safely. */
@MariaDbTest
class CampaignServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Autowired
    EventsDelivered delivered;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignCloser closer;

    @Autowired
    FundingService funding;

    @Autowired
    ProjectService projects;

    @Autowired
    NotificationService notifications;

    @Autowired
    PledgePersonalData personalData;

    @Autowired
    ProjectsDataset dataset;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    fr.sensiblecity.verification.ResidencyRules rules;

    @Autowired
    fr.sensiblecity.verification.LetterCodes letters;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TerritorySummary valbrume;
    long moderator;

    @BeforeEach
    void aCommune() {
        database.wipe();
        clock.setTo(NOW);
        valbrume = fixtures.commune("Valbrume", 860, true);
        moderator = fixtures.resident("morgane");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Actors.clear();
    }

    @Test
    void exactly_at_the_threshold_the_city_adds_the_rest_from_the_pot_and_the_plan_shows_both_lines() {
        long programme = fixtures.openProgramme("exact", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "300");
        pledge(campaign, "bruno", "200.00");

        clock.advance(Duration.ofDays(31));
        assertThat(closer.close(campaign)).isTrue();

        CampaignView closed = campaigns.findCampaign(campaign);
        assertThat(closed.state()).isEqualTo(CampaignState.SUCCEEDED);
        assertThat(closed.cityMatch()).isEqualByComparingTo("500.00");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("9500.00");
        FundingPlan plan = funding.plan(closed.projectId());
        assertThat(plan.lines()).extracting(FundingPlan.Line::sourceType, FundingPlan.Line::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceType.CROWDFUNDING, LineStatus.COMMITTED),
                        org.assertj.core.groups.Tuple.tuple(SourceType.COMMUNE, LineStatus.COMMITTED));
        assertThat(plan.status()).isEqualTo(FundingStatus.FULLY);
        delivered.await();
        for (String name : List.of("alice", "bruno")) {
            Actors.resident(fixtures.resident(name));
            assertThat(notifications.myNotifications(10)).extracting(item -> item.kind())
                    .contains(NotificationKind.CAMPAIGN_SUCCEEDED);
        }
    }

    @Test
    void one_cent_under_the_threshold_the_pledges_are_released_and_the_pot_is_untouched() {
        long programme = fixtures.openProgramme("under", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "499.99");

        clock.advance(Duration.ofDays(31));
        closer.close(campaign);

        CampaignView closed = campaigns.findCampaign(campaign);
        assertThat(closed.state()).isEqualTo(CampaignState.FAILED);
        assertThat(closed.cityMatch()).isEqualByComparingTo("0");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("10000.00");
        assertThat(jdbc.queryForObject("select count(*) from pledge where campaign_id = ? and released = true",
                Integer.class, campaign)).isEqualTo(1);
        assertThat(funding.plan(closed.projectId()).lines()).isEmpty();
        delivered.await();
        Actors.resident(fixtures.resident("alice"));
        assertThat(notifications.myNotifications(10)).extracting(item -> item.kind())
                .contains(NotificationKind.CAMPAIGN_FAILED);
    }

    @Test
    void the_per_project_cap_limits_the_match() {
        long programme = fixtures.openProgramme("cap", euros("1000000"), HALF, euros("50000"));
        long campaign = campaign("Maison de santé", programme, "200000", "1000000");
        for (int i = 0; i < 10; i++) {
            pledge(campaign, "donor-" + i, "10000");
        }
        clock.advance(Duration.ofDays(31));
        closer.close(campaign);
        assertThat(campaigns.findCampaign(campaign).cityMatch()).isEqualByComparingTo("50000.00");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("950000.00");
    }

    @Test
    void a_pot_that_runs_out_pays_what_is_left_and_then_nothing() {
        long programme = fixtures.openProgramme("dry", euros("700"), HALF, euros("50000"));
        long first = campaign("Premier", programme, "1000", "1000");
        long second = campaign("Second", programme, "1000", "1000");
        pledge(first, "alice", "500");
        pledge(second, "bruno", "600");
        clock.advance(Duration.ofDays(31));

        closer.close(first);
        closer.close(second);
        assertThat(campaigns.findCampaign(first).cityMatch()).isEqualByComparingTo("500.00");
        assertThat(campaigns.findCampaign(second).cityMatch()).isEqualByComparingTo("200.00");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("0.00");
        long third = jdbc.queryForObject("select count(*) from campaign", Long.class);
        assertThat(third).isEqualTo(2);
    }

    @Test
    void two_campaigns_closing_at_the_same_moment_never_overspend_a_pot_that_can_pay_only_one() throws Exception {
        for (int round = 0; round < 5; round++) {
            long programme = fixtures.openProgramme("race-" + round, euros("500"), HALF, euros("50000"));
            long first = campaign("Course A" + round, programme, "1000", "1000");
            long second = campaign("Course B" + round, programme, "1000", "1000");
            pledge(first, "alice", "500");
            pledge(second, "bruno", "500");
            clock.advance(Duration.ofDays(31));

            List<Boolean> closed = concurrently(() -> closer.close(first), () -> closer.close(second));

            assertThat(closed).containsExactly(true, true);
            BigDecimal paid = campaigns.findCampaign(first).cityMatch().add(campaigns.findCampaign(second).cityMatch());
            assertThat(paid).isEqualByComparingTo("500.00");
            assertThat(fixtures.pot(programme)).isEqualByComparingTo("0.00");
            clock.setTo(NOW);
        }
    }

    @Test
    void closing_twice_or_from_two_instances_at_once_closes_once() throws Exception {
        long programme = fixtures.openProgramme("twice", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "600");
        clock.advance(Duration.ofDays(31));

        List<Boolean> closed = concurrently(() -> closer.close(campaign), () -> closer.close(campaign));
        assertThat(closed).containsExactlyInAnyOrder(true, false);
        Actors.system();
        assertThat(campaigns.closeIfDue(campaign)).isFalse();
        assertThat(campaigns.closeDueCampaigns()).isZero();

        assertThat(campaigns.findCampaign(campaign).cityMatch()).isEqualByComparingTo("400.00");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("9600.00");
        assertThat(funding.plan(campaigns.findCampaign(campaign).projectId()).lines()).hasSize(2);
    }

    @Test
    void the_scheduled_closing_closes_only_campaigns_past_their_deadline() {
        long programme = fixtures.openProgramme("due", euros("10000"), HALF, euros("50000"));
        long soon = campaign("Bientôt", programme, "1000", "1000");
        long later = campaign("Plus tard", programme, "1000", "1000");
        jdbc.update("update campaign set deadline = ? where id = ?", java.time.LocalDateTime.of(2027, 6, 1, 0, 0), later);
        clock.advance(Duration.ofDays(31));
        Actors.system();
        assertThat(campaigns.closeDueCampaigns()).isEqualTo(1);
        assertThat(campaigns.findCampaign(soon).state()).isEqualTo(CampaignState.FAILED);
        assertThat(campaigns.findCampaign(later).state()).isEqualTo(CampaignState.OPEN);
    }

    @Test
    void residents_pledge_raise_lower_and_withdraw_before_the_deadline_and_totals_follow() {
        long programme = fixtures.openProgramme("pledges", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "50");
        PledgeOutcome raised = pledge(campaign, "alice", "80");
        assertThat(raised.myPledge()).isEqualByComparingTo("80.00");
        assertThat(raised.pledged()).isEqualByComparingTo("80.00");
        assertThat(raised.pledgerCount()).isEqualTo(1);
        pledge(campaign, "bruno", "20");
        Actors.resident(fixtures.resident("alice"));
        PledgeOutcome withdrawn = campaigns.withdrawPledge(campaign);
        assertThat(withdrawn.myPledge()).isNull();
        assertThat(withdrawn.pledged()).isEqualByComparingTo("20.00");
        assertThat(withdrawn.pledgerCount()).isEqualTo(1);
        assertThatThrownBy(() -> campaigns.withdrawPledge(campaign)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("pledge.error.none");
    }

    @Test
    void bad_pledges_are_refused_with_a_sentence_and_change_nothing() {
        long programme = fixtures.openProgramme("bad", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "40");
        Actors.resident(fixtures.resident("bruno"));
        Map<String, String> bad = Map.of("-10", "amount.error.positive", "0", "amount.error.positive",
                "10.555", "amount.error.cents", "1000000000000", "amount.error.tooLarge", "4.99", "pledge.error.limits",
                "10000.01", "pledge.error.limits");
        bad.forEach((amount, key) -> assertThatThrownBy(() -> campaigns.pledge(campaign, new BigDecimal(amount)))
                .as(amount).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key));
        assertThatThrownBy(() -> campaigns.pledge(campaign, Amounts.parse("beaucoup", java.util.Locale.FRENCH)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("amount.error.notANumber");
        assertThatThrownBy(() -> campaigns.pledge(campaign, null)).isInstanceOf(DomainException.class);

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> campaigns.pledge(campaign, new BigDecimal("20")))
                .as("exactly at the deadline").isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("pledge.error.closed");
        Actors.resident(fixtures.resident("alice"));
        assertThatThrownBy(() -> campaigns.withdrawPledge(campaign)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("pledge.error.closed");

        CampaignView unchanged = campaigns.findCampaign(campaign);
        assertThat(unchanged.pledged()).isEqualByComparingTo("40.00");
        assertThat(unchanged.pledgerCount()).isEqualTo(1);
    }

    @Test
    void a_campaign_needs_a_future_deadline_a_valid_target_an_eligible_project_and_only_one_per_project() {
        long programme = fixtures.openProgramme("open", euros("10000"), HALF, euros("50000"));
        long project = fixtures.project(valbrume, "Tiers-lieu", "third-places", null);
        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> campaigns.openCampaign(project, new CampaignForm(programme, euros("1000"), null,
                NOW.plus(Duration.ofDays(30)), null, null))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("campaign.error.notEligible");
        funding.checkEligibility(project, programme, Map.of());
        assertThatThrownBy(() -> campaigns.openCampaign(project, new CampaignForm(programme, euros("1000"), null,
                NOW.minus(Duration.ofMinutes(1)), null, null))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("campaign.error.deadlinePast");
        for (String target : List.of("0", "-1000", "1e12")) {
            assertThatThrownBy(() -> campaigns.openCampaign(project, new CampaignForm(programme, new BigDecimal(target),
                    null, NOW.plus(Duration.ofDays(30)), null, null))).as(target).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> campaigns.openCampaign(project, new CampaignForm(programme, euros("1000"), null,
                NOW.plus(Duration.ofDays(30)), new BigDecimal("1.5"), null))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("programme.error.share");
        assertThat(campaigns.campaignOfProject(project)).isEmpty();

        long id = campaigns.openCampaign(project, new CampaignForm(programme, euros("1000"), null,
                NOW.plus(Duration.ofDays(30)), null, null));
        CampaignView opened = campaigns.findCampaign(id);
        assertThat(opened.crowdShare()).as("the programme's default").isEqualByComparingTo("0.5");
        assertThat(opened.projectCap()).isEqualByComparingTo("50000");
        assertThat(opened.threshold()).isEqualByComparingTo("500.00");
        assertThatThrownBy(() -> campaigns.openCampaign(project, new CampaignForm(programme, euros("1000"), null,
                NOW.plus(Duration.ofDays(30)), null, null))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("campaign.error.exists");
    }

    @Test
    void erasing_a_resident_keeps_their_pledge_amount_and_the_totals_but_not_the_link() {
        long programme = fixtures.openProgramme("erase", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        pledge(campaign, "alice", "300");
        pledge(campaign, "bruno", "250");
        long alice = fixtures.resident("alice");
        assertThat((List<?>) personalData.export(alice)).singleElement().satisfies(pledge ->
                assertThat(((PledgePersonalData.Pledge) pledge).amount()).isEqualByComparingTo("300.00"));

        personalData.erase(alice);

        assertThat((List<?>) personalData.export(alice)).isEmpty();
        assertThat(jdbc.queryForObject("select sum(amount) from pledge where campaign_id = ?", BigDecimal.class,
                campaign)).isEqualByComparingTo("550.00");
        clock.advance(Duration.ofDays(31));
        closer.close(campaign);
        assertThat(campaigns.findCampaign(campaign).cityMatch()).isEqualByComparingTo("450.00");
    }

    @Test
    void the_open_dataset_has_one_row_per_project_with_funding_and_campaign_totals_and_no_person() {
        long programme = fixtures.openProgramme("data", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        long alice = fixtures.resident("alice");
        pledge(campaign, "alice", "300");
        List<Object[]> rows = new ArrayList<>();
        dataset.forEachRow(values -> rows.add(values));
        assertThat(dataset.name()).isEqualTo("projects");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).hasSize(dataset.columns().size());
            assertThat(row[1]).isEqualTo("Tiers-lieu");
            assertThat(row[4]).isEqualTo("STUDY");
            assertThat((BigDecimal) row[10]).isEqualByComparingTo("1000");
            assertThat((BigDecimal) row[11]).isEqualByComparingTo("300");
            assertThat(row[12]).isEqualTo(1);
            assertThat(row).doesNotContain(alice, "alice");
        });
    }

    /** An open campaign on a fresh project found eligible for the programme; deadline in 30 days. */
    @Test
    void where_the_commune_reserves_pledging_an_unverified_resident_is_refused_and_a_verified_one_pledges() {
        long programme = fixtures.openProgramme("verified", euros("10000"), HALF, euros("50000"));
        long campaign = campaign("Tiers-lieu", programme, "1000", "1000");
        Actors.system();
        rules.changeRules(valbrume.id(), java.util.Set.of(fr.sensiblecity.verification.VerifiedAction.PLEDGE));
        String code = letters.generate(valbrume.id(), 1).codes().getFirst();
        Actors.clear();

        assertThatThrownBy(() -> pledge(campaign, "alice", "300"))
                .isInstanceOfSatisfying(fr.sensiblecity.verification.NotVerified.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("verification.required.pledge"));
        assertThat(campaigns.findCampaign(campaign).pledged()).isEqualByComparingTo("0");

        Actors.resident(fixtures.resident("alice"));
        letters.redeem(code);
        Actors.clear();
        assertThat(pledge(campaign, "alice", "300").pledged()).isEqualByComparingTo("300");
    }

    private long campaign(String title, long programme, String target, String budget) {
        long project = fixtures.project(valbrume, title, "third-places", new BigDecimal(budget));
        Actors.resident(moderator, Role.MODERATOR);
        funding.checkEligibility(project, programme, Map.of());
        long id = campaigns.openCampaign(project, new CampaignForm(programme, new BigDecimal(target), null,
                clock.instant().plus(Duration.ofDays(30)), null, null));
        Actors.clear();
        return id;
    }

    private PledgeOutcome pledge(long campaign, String resident, String amount) {
        Actors.resident(fixtures.resident(resident));
        try {
            return campaigns.pledge(campaign, new BigDecimal(amount));
        } finally {
            Actors.clear();
        }
    }

    @SafeVarargs
    private static List<Boolean> concurrently(java.util.concurrent.Callable<Boolean>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
