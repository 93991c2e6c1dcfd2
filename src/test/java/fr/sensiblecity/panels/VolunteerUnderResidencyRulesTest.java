package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.NotVerified;
import fr.sensiblecity.verification.ResidencyRules;
import fr.sensiblecity.verification.VerificationService;
import fr.sensiblecity.verification.VerifiedAction;
import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A commune that reserves volunteering to verified residents: refused before, accepted once a mediator verified. */
@MariaDbTest
class VolunteerUnderResidencyRulesTest {

    @Autowired
    VolunteerService volunteering;

    @Autowired
    ResidencyRules rules;

    @Autowired
    VerificationService verifications;

    @Autowired
    ResidentService residents;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    TerritorySummary commune;
    long panel;

    @BeforeEach
    void aRecruitingPanel() {
        database.wipe();
        commune = fixtures.commune();
        panel = fixtures.recruitingPanel(commune, 2, fixtures.resident("fanny"));
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_unverified_resident_cannot_volunteer_until_a_mediator_verified_them() {
        Actors.system();
        rules.changeRules(commune.id(), Set.of(VerifiedAction.VOLUNTEER_PANEL));
        long camille = fixtures.resident("camille");
        Actors.resident(camille);
        assertThatThrownBy(() -> volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true))
                .isInstanceOfSatisfying(NotVerified.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("verification.required.volunteer_panel"));
        assertThat(volunteering.myDeclaration(panel)).isEmpty();

        long maelle = fixtures.resident("maelle");
        Actors.resident(maelle, Role.MEDIATOR);
        residents.updateMyProfile(new ProfileForm("maelle", null, commune.districts().getFirst().id(), "fr"));
        verifications.verifyInPerson(camille, IdentityDocument.PASSPORT);

        Actors.resident(camille);
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        assertThat(volunteering.myDeclaration(panel)).isPresent();
    }
}
