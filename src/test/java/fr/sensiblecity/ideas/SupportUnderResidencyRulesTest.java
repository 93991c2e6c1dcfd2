package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.LetterCodes;
import fr.sensiblecity.verification.NotVerified;
import fr.sensiblecity.verification.ResidencyRules;
import fr.sensiblecity.verification.VerifiedAction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where a territory reserves supporting to verified residents, an unverified resident is refused with the reason
 * and the way to get verified, and nothing is counted; supports given before the rule stay counted.
 */
@MariaDbTest
class SupportUnderResidencyRulesTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    ResidencyRules rules;

    @Autowired
    LetterCodes codes;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    TerritorySummary commune;
    long idea;
    long admin;

    @BeforeEach
    void anIdeaInValbrume() {
        database.wipe();
        commune = fixtures.commune(860);
        Actors.resident(fixtures.resident("author"));
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        admin = fixtures.resident("adrien");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_unverified_resident_is_told_why_and_how_and_a_verified_one_supports() {
        Actors.resident(fixtures.resident("early"));
        supports.support(idea);
        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(commune.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        List<String> letters = codes.generate(commune.id(), 1).codes();

        Actors.resident(fixtures.resident("camille"));
        assertThatThrownBy(() -> supports.support(idea)).isInstanceOfSatisfying(NotVerified.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("verification.required.support_idea");
            assertThat(refused.arguments()).containsExactly("Valbrume");
        });
        assertThat(supports.doISupport(idea)).isFalse();
        // The support given before the rule was switched on keeps counting: it followed the rules then in force.
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(1);

        codes.redeem(letters.getFirst());
        assertThat(supports.support(idea).supportCount()).isEqualTo(2);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
    }

    @Test
    void without_a_rule_every_resident_supports_as_before_and_a_rule_elsewhere_changes_nothing() {
        TerritorySummary other = fixtures.otherCommune();
        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(other.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        rules.changeRules(commune.id(), Set.of(VerifiedAction.PLEDGE, VerifiedAction.VOLUNTEER_PANEL));
        Actors.resident(fixtures.resident("camille"));
        assertThat(supports.support(idea).supported()).isTrue();
    }
}
