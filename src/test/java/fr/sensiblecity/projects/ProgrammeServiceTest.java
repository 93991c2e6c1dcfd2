package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.projects.EligibilityResult.Reason;
import fr.sensiblecity.projects.EligibilityResult.Rule;
import fr.sensiblecity.projects.ProgrammeRules.Item;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators create programmes and edit their rules; checks already recorded keep their reasons. */
@MariaDbTest
class ProgrammeServiceTest {

    @Autowired
    FundingService funding;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long admin;

    @BeforeEach
    void anAdministrator() {
        database.wipe();
        admin = fixtures.resident("adele");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_administrator_creates_a_programme_then_sets_its_themes_and_checklist() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        long id = funding.createProgramme(draft("test-mountain", "  Fonds   montagne ", "Mountain fund",
                terms(3500, "0.4")));
        funding.changeRules(id, new ProgrammeRules(List.of(fixtures.theme("mobility"), fixtures.theme("health")),
                List.of(new Item(null, "Le projet associe les habitants.", "The project involves residents."))));

        Programme created = funding.findProgramme(id);
        assertThat(created.code()).isEqualTo("test-mountain");
        assertThat(created.nameFr()).isEqualTo("Fonds montagne");
        assertThat(created.populationBelow()).isEqualTo(3500);
        assertThat(created.crowdShare()).isEqualByComparingTo("0.4");
        assertThat(created.matchingPot()).isEqualByComparingTo("20000");
        assertThat(created.themeIds()).containsExactlyInAnyOrder(fixtures.theme("mobility"), fixtures.theme("health"));
        assertThat(created.criteria()).extracting(Programme.Criterion::textEn)
                .containsExactly("The project involves residents.");
        assertThat(funding.listProgrammes()).extracting(Programme::code).contains("test-mountain", "rural-cluster");
    }

    @Test
    void bad_input_is_refused_with_a_sentence_and_changes_nothing() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        long id = funding.createProgramme(draft("test-taken", "Pris", "Taken", terms(null, "0.5")));
        funding.changeRules(id, new ProgrammeRules(List.of(), List.of(new Item(null, "Innovant", "Innovative"))));
        Programme before = funding.findProgramme(id);
        int count = funding.listProgrammes().size();

        Map<String, ProgrammeDraft> drafts = new LinkedHashMap<>();
        drafts.put("programme.error.code", draft("Test Espaces", "Nom", "Name", terms(null, "0.5")));
        drafts.put("programme.error.code ", draft("te", "Nom", "Name", terms(null, "0.5")));
        drafts.put("programme.error.codeTaken", draft("test-taken", "Nom", "Name", terms(null, "0.5")));
        drafts.put("programme.error.names", draft("test-nameless", "  ", "Name", terms(null, "0.5")));
        drafts.put("programme.error.names ", draft("test-nameless", "Nom", "x".repeat(121), terms(null, "0.5")));
        drafts.put("programme.error.population", draft("test-zero", "Nom", "Name", terms(0, "0.5")));
        drafts.put("programme.error.shareRange", draft("test-all", "Nom", "Name", terms(null, "1")));
        drafts.put("programme.error.shareRange ", draft("test-none", "Nom", "Name", terms(null, "0.005")));
        drafts.put("amount.error.positive", draft("test-negative", "Nom", "Name",
                new ProgrammeForm(null, false, new BigDecimal("-1"), new BigDecimal("0.5"), BigDecimal.TEN)));
        drafts.put("amount.error.positive ", draft("test-negative-cap", "Nom", "Name",
                new ProgrammeForm(null, false, BigDecimal.TEN, new BigDecimal("0.5"), new BigDecimal("-5"))));
        drafts.forEach((key, draft) -> assertThatThrownBy(() -> funding.createProgramme(draft))
                .as(key).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key.strip()));
        assertThatThrownBy(() -> funding.updateProgramme(id, terms(100, "0.995"))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("programme.error.shareRange");

        Map<String, ProgrammeRules> rules = new LinkedHashMap<>();
        rules.put("programme.error.item", new ProgrammeRules(List.of(), List.of(new Item(null, " ", "Blank"))));
        rules.put("programme.error.item ", new ProgrammeRules(List.of(), List.of(new Item(null, "Long",
                "y".repeat(301)))));
        rules.put("programme.error.checklistSize", new ProgrammeRules(List.of(), java.util.stream.IntStream
                .range(0, 11).mapToObj(i -> new Item(null, "Critère " + i, "Item " + i)).toList()));
        rules.put("programme.error.theme", new ProgrammeRules(List.of(-5L), List.of()));
        rules.forEach((key, change) -> assertThatThrownBy(() -> funding.changeRules(id, change))
                .as(key).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key.strip()));

        assertThat(funding.listProgrammes()).hasSize(count);
        assertThat(funding.findProgramme(id)).isEqualTo(before);
    }

    @Test
    void only_administrators_create_programmes_and_change_their_rules() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        long id = funding.createProgramme(draft("test-guarded", "Gardé", "Guarded", terms(null, "0.5")));
        Programme before = funding.findProgramme(id);
        long resident = fixtures.resident("rachid");
        Map<String, Runnable> signIns = new LinkedHashMap<>();
        signIns.put("visitor", Actors::visitor);
        signIns.put("resident", () -> Actors.resident(resident));
        signIns.put("moderator", () -> Actors.resident(resident, Role.MODERATOR));
        signIns.forEach((role, signIn) -> {
            signIn.run();
            assertThatThrownBy(() -> funding.createProgramme(draft("test-" + role, "Nom", "Name", terms(null, "0.5"))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> funding.changeRules(id, new ProgrammeRules(List.of(fixtures.theme("health")),
                    List.of()))).as(role).isInstanceOf(AccessDeniedException.class);
        });
        Actors.resident(admin, Role.ADMINISTRATOR);
        assertThat(funding.findProgramme(id)).isEqualTo(before);
        assertThat(funding.listProgrammes()).extracting(Programme::code).doesNotContain("test-visitor",
                "test-resident", "test-moderator");
        funding.changeRules(id, new ProgrammeRules(List.of(fixtures.theme("health")), List.of()));
        assertThat(funding.findProgramme(id).themeIds()).containsExactly(fixtures.theme("health"));
    }

    @Test
    void changing_the_rules_leaves_recorded_checks_and_their_wording_as_they_were() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        long id = funding.createProgramme(draft("test-cohesion", "Cohésion", "Cohesion", terms(5000, "0.5")));
        funding.changeRules(id, new ProgrammeRules(List.of(fixtures.theme("health")), List.of(
                new Item(null, "Innovant", "Innovative"), new Item(null, "Solidaire", "Inclusive"))));
        List<Programme.Criterion> first = funding.findProgramme(id).criteria();
        long project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Maison de santé", "health", null);
        Actors.resident(admin, Role.ADMINISTRATOR);
        EligibilityResult recorded = funding.checkEligibility(project, id,
                Map.of(first.get(0).id(), true, first.get(1).id(), true));
        assertThat(recorded.eligible()).isTrue();

        funding.updateProgramme(id, terms(500, "0.5"));
        funding.changeRules(id, new ProgrammeRules(List.of(fixtures.theme("culture")), List.of(
                new Item(first.get(1).id(), "Solidaire", "Inclusive"),
                new Item(first.get(0).id(), "Innovant et expérimental", "Innovative and experimental"))));

        Programme changed = funding.findProgramme(id);
        assertThat(changed.criteria()).extracting(Programme.Criterion::textFr)
                .containsExactly("Solidaire", "Innovant et expérimental");
        assertThat(changed.criteria().getFirst().id()).isEqualTo(first.get(1).id());
        assertThat(changed.criterion(first.get(0).id())).map(Programme.Criterion::textFr).hasValue("Innovant");
        assertThat(funding.eligibilityOf(project)).singleElement().satisfies(check -> {
            assertThat(check.eligible()).isTrue();
            assertThat(check.reasons()).isEqualTo(recorded.reasons());
            assertThat(check.reasons()).contains(new Reason(Rule.POPULATION, true, "860", "5000", null));
        });
        assertThat(funding.isEligible(project, id)).isTrue();
    }

    private static ProgrammeDraft draft(String code, String fr, String en, ProgrammeForm terms) {
        return new ProgrammeDraft(code, fr, en, terms);
    }

    private static ProgrammeForm terms(Integer population, String share) {
        return new ProgrammeForm(population, false, new BigDecimal("20000"), new BigDecimal(share),
                new BigDecimal("30000"));
    }
}
