package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.projects.EligibilityResult.Reason;
import fr.sensiblecity.projects.EligibilityResult.Rule;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Eligibility against the seeded rural cluster on both sides of every limit, and funding plans. */
@MariaDbTest
class FundingServiceTest {

    @Autowired
    FundingService funding;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Autowired
    CleanDatabase database;

    long cluster;
    long moderator;

    @BeforeEach
    void theRuralCluster() {
        database.wipe();
        cluster = fixtures.ruralCluster();
        moderator = fixtures.resident("morgane");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_seeded_rural_cluster_funds_rural_communes_under_2000_on_its_four_themes_with_a_two_item_checklist() {
        Programme programme = funding.findProgramme(cluster);
        assertThat(programme.populationBelow()).isEqualTo(2000);
        assertThat(programme.requiresRural()).isTrue();
        assertThat(programme.themeIds()).containsExactlyInAnyOrder(fixtures.theme("public-services"),
                fixtures.theme("third-places"), fixtures.theme("mobility"), fixtures.theme("health"));
        assertThat(programme.criteria()).extracting(Programme.Criterion::textFr).containsExactly(
                "Le projet est innovant et expérimental.",
                "Le projet sert à la fois la cohésion sociale et la cohésion territoriale.");
        assertThat(programme.crowdShare()).isEqualByComparingTo("0.5");
        assertThat(programme.projectCap()).isEqualByComparingTo("50000");
    }

    @Test
    void population_1999_is_eligible_and_2000_is_not() {
        EligibilityResult under = check(fixtures.commune("Sous-le-seuil", 1999, true), "third-places", true, true);
        assertThat(under.eligible()).isTrue();
        assertThat(under.reasons()).extracting(Reason::rule).containsExactly(Rule.POPULATION, Rule.RURAL, Rule.THEMES,
                Rule.CRITERION, Rule.CRITERION);
        assertThat(under.reasons().getFirst()).isEqualTo(new Reason(Rule.POPULATION, true, "1999", "2000", null));

        EligibilityResult at = check(fixtures.commune("Au-seuil", 2000, true), "third-places", true, true);
        assertThat(at.eligible()).isFalse();
        assertThat(failed(at)).containsExactly(Rule.POPULATION);
    }

    @Test
    void a_commune_outside_a_rural_zone_is_not_eligible() {
        assertThat(check(fixtures.commune("Rurale", 860, true), "mobility", true, true).eligible()).isTrue();
        EligibilityResult urban = check(fixtures.commune("Urbaine", 860, false), "mobility", true, true);
        assertThat(failed(urban)).containsExactly(Rule.RURAL);
    }

    @Test
    void a_theme_outside_the_programme_and_a_no_on_the_checklist_are_each_a_reason() {
        TerritorySummary valbrume = fixtures.commune("Valbrume", 860, true);
        assertThat(failed(check(valbrume, "culture", true, true))).containsExactly(Rule.THEMES);
        assertThat(failed(check(valbrume, "health", false, true))).containsExactly(Rule.CRITERION);
        assertThat(failed(check(valbrume, "health", true, false))).containsExactly(Rule.CRITERION);
    }

    @Test
    void an_unanswered_checklist_is_refused_and_nothing_is_recorded() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Maison de santé", "health", null);
        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> funding.checkEligibility(project, cluster, Map.of()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("eligibility.error.unanswered");
        assertThat(funding.eligibilityOf(project)).isEmpty();
    }

    @Test
    void results_are_recorded_with_their_reasons_and_the_latest_check_decides() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Maison de santé", "health", null);
        Actors.resident(moderator, Role.MODERATOR);
        funding.checkEligibility(project, cluster, answers(false, true));
        funding.checkEligibility(project, cluster, answers(true, true));
        Actors.visitor();
        assertThat(funding.eligibilityOf(project)).extracting(EligibilityResult::eligible).containsExactly(true, false);
        assertThat(funding.isEligible(project, cluster)).isTrue();
        assertThat(projects.findProject(project).timeline()).extracting(ProjectDetails.TimelineEntry::kind)
                .containsExactly("CREATED", "NOT_ELIGIBLE", "ELIGIBLE");
    }

    @Test
    void lines_move_from_requested_to_committed_to_received_and_the_funding_status_follows() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Tiers-lieu", "third-places",
                new BigDecimal("10000"));
        Actors.resident(moderator, Role.MODERATOR);
        long region = funding.addLine(project, "Région Nouvelle-Aquitaine", SourceType.REGION, new BigDecimal("6000"));
        long commune = funding.addLine(project, "Commune de Valbrume", SourceType.COMMUNE, new BigDecimal("4000.00"));
        assertThat(funding.plan(project).status()).isEqualTo(FundingStatus.UNFUNDED);
        assertThatThrownBy(() -> funding.moveLine(region, LineStatus.RECEIVED)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("funding.error.status");

        funding.moveLine(region, LineStatus.COMMITTED);
        FundingPlan partly = funding.plan(project);
        assertThat(partly.status()).isEqualTo(FundingStatus.PARTLY);
        assertThat(partly.percentage()).isEqualTo(60);
        assertThat(partly.secured()).isEqualByComparingTo("6000.00");

        funding.moveLine(region, LineStatus.RECEIVED);
        funding.moveLine(commune, LineStatus.COMMITTED);
        FundingPlan fully = funding.plan(project);
        assertThat(fully.status()).isEqualTo(FundingStatus.FULLY);
        assertThat(fully.percentage()).isEqualTo(100);
        assertThat(projects.browse(new ProjectQuery(null, null, null, FundingStatus.FULLY), 0, 10))
                .extracting(ProjectCard::id).containsExactly(project);

        funding.moveLine(commune, LineStatus.REFUSED);
        assertThatThrownBy(() -> funding.moveLine(commune, LineStatus.COMMITTED)).isInstanceOf(DomainException.class);
        assertThat(funding.plan(project).percentage()).isEqualTo(60);
    }

    @Test
    void bad_amounts_are_refused_with_a_sentence_and_add_no_line() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Tiers-lieu", "third-places",
                new BigDecimal("10000"));
        Actors.resident(moderator, Role.MODERATOR);
        Map<String, BigDecimal> bad = Map.of("amount.error.positive", new BigDecimal("-100"),
                "amount.error.cents", new BigDecimal("10.001"), "amount.error.tooLarge", new BigDecimal("1e12"));
        bad.forEach((key, amount) -> assertThatThrownBy(() -> funding.addLine(project, "Région", SourceType.REGION,
                amount)).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key));
        assertThatThrownBy(() -> funding.addLine(project, "Région", SourceType.REGION, BigDecimal.ZERO))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("amount.error.positive");
        assertThatThrownBy(() -> funding.addLine(project, "Région", SourceType.REGION, null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("amount.error.notANumber");
        assertThatThrownBy(() -> funding.addLine(project, "", SourceType.REGION, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.source");
        assertThat(funding.plan(project).lines()).isEmpty();
    }

    @Test
    void a_requested_line_is_corrected_and_once_committed_it_stays_as_agreed() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Tiers-lieu", "third-places",
                new BigDecimal("10000"));
        Actors.resident(moderator, Role.MODERATOR);
        long line = funding.addLine(project, "Region N-A", SourceType.OTHER, new BigDecimal("600"));

        funding.correctLine(line, "  Région   Nouvelle-Aquitaine ", SourceType.REGION, new BigDecimal("6000.5"));
        FundingPlan.Line corrected = funding.plan(project).lines().getFirst();
        assertThat(corrected.sourceName()).isEqualTo("Région Nouvelle-Aquitaine");
        assertThat(corrected.sourceType()).isEqualTo(SourceType.REGION);
        assertThat(corrected.amount()).isEqualTo(new BigDecimal("6000.50"));
        assertThat(corrected.status()).isEqualTo(LineStatus.REQUESTED);
        assertThat(funding.plan(project).status()).isEqualTo(FundingStatus.UNFUNDED);
        AuditEntry recorded = audit.newestFirst(0, 1).getFirst();
        assertThat(recorded.action()).isEqualTo("CORRECT_FUNDING_LINE");
        assertThat(recorded.actorId()).isEqualTo(moderator);
        assertThat(recorded.targetId()).isEqualTo(project);
        assertThat(recorded.reason()).contains("Region N-A", "600.00", "Région Nouvelle-Aquitaine", "6000.50");

        funding.moveLine(line, LineStatus.COMMITTED);
        assertThat(funding.plan(project).percentage()).isEqualTo(60);
        assertThatThrownBy(() -> funding.correctLine(line, "Région", SourceType.REGION, new BigDecimal("10000")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.notRequested");
        FundingPlan after = funding.plan(project);
        assertThat(after.lines().getFirst().amount()).isEqualByComparingTo("6000.50");
        assertThat(after.lines().getFirst().sourceName()).isEqualTo("Région Nouvelle-Aquitaine");
        assertThat(after.status()).isEqualTo(FundingStatus.PARTLY);
        assertThat(after.percentage()).isEqualTo(60);

        long refused = funding.addLine(project, "Fondation", SourceType.FOUNDATION, new BigDecimal("1000"));
        funding.moveLine(refused, LineStatus.REFUSED);
        assertThatThrownBy(() -> funding.correctLine(refused, "Fondation", SourceType.FOUNDATION, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.notRequested");
        assertThatThrownBy(() -> funding.correctLine(-1, "Fondation", SourceType.FOUNDATION, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.notFound");
    }

    @Test
    void bad_corrections_are_refused_with_a_sentence_and_change_nothing() {
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Tiers-lieu", "third-places",
                new BigDecimal("10000"));
        Actors.resident(moderator, Role.MODERATOR);
        long line = funding.addLine(project, "Région", SourceType.REGION, new BigDecimal("6000"));
        FundingPlan before = funding.plan(project);
        Map<String, BigDecimal> bad = Map.of("amount.error.positive", new BigDecimal("-100"),
                "amount.error.cents", new BigDecimal("10.001"), "amount.error.tooLarge", new BigDecimal("1e12"));
        bad.forEach((key, amount) -> assertThatThrownBy(() -> funding.correctLine(line, "Commune", SourceType.COMMUNE,
                amount)).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key));
        assertThatThrownBy(() -> funding.correctLine(line, "Commune", SourceType.COMMUNE, BigDecimal.ZERO))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("amount.error.positive");
        assertThatThrownBy(() -> funding.correctLine(line, "Commune", SourceType.COMMUNE, null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("amount.error.notANumber");
        assertThatThrownBy(() -> funding.correctLine(line, "", SourceType.COMMUNE, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.source");
        assertThatThrownBy(() -> funding.correctLine(line, "Commune", null, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("funding.error.source");
        assertThat(funding.plan(project)).isEqualTo(before);
    }

    private EligibilityResult check(TerritorySummary commune, String theme, boolean innovative, boolean cohesion) {
        long project = fixtures.project(commune, "Projet à " + commune.name() + " " + theme, theme, null);
        Actors.resident(moderator, Role.MODERATOR);
        try {
            return funding.checkEligibility(project, cluster, answers(innovative, cohesion));
        } finally {
            Actors.clear();
        }
    }

    private Map<Long, Boolean> answers(boolean innovative, boolean cohesion) {
        var criteria = funding.findProgramme(cluster).criteria();
        Map<Long, Boolean> answers = new HashMap<>();
        answers.put(criteria.get(0).id(), innovative);
        answers.put(criteria.get(1).id(), cohesion);
        return answers;
    }

    private static java.util.List<Rule> failed(EligibilityResult result) {
        return result.reasons().stream().filter(reason -> !reason.passed()).map(Reason::rule).toList();
    }
}
