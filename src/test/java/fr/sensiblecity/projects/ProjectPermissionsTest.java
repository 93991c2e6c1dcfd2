package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every action of the projects module, for a visitor, a resident, a moderator and an administrator. Actions are
 * called on things that do not exist or with input that is refused, so that "allowed" means the permission check
 * let the call through to a refusal of the data, and nothing changes between roles.
 */
@MariaDbTest
class ProjectPermissionsTest {

    @Autowired
    ProjectService projects;

    @Autowired
    FundingService funding;

    @Autowired
    CampaignService campaigns;

    @Autowired
    LabelService labels;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long resident;

    @BeforeEach
    void aResident() {
        database.wipe();
        resident = fixtures.resident("camille");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void each_action_is_allowed_exactly_to_the_roles_that_hold_it() {
        Map<String, Runnable> actions = new LinkedHashMap<>();
        ProjectForm form = new ProjectForm("Un projet", "Une présentation assez longue.", -1, HolderType.COMMUNE,
                "Mairie", "", List.of(), null);
        actions.put("promote", () -> projects.promote(List.of(), form, "Une réponse publique."));
        actions.put("editProject", () -> projects.editProject(-1, form));
        actions.put("changePhase", () -> projects.changePhase(-1, ProjectPhase.EXPERIMENTATION, ""));
        actions.put("addMilestone", () -> projects.addMilestone(-1, "Étape", null));
        actions.put("setProgress", () -> projects.setProgress(-1, 50));
        actions.put("checkEligibility", () -> funding.checkEligibility(-1, -1, Map.of()));
        actions.put("addLine", () -> funding.addLine(-1, "Région", SourceType.REGION, BigDecimal.TEN));
        actions.put("moveLine", () -> funding.moveLine(-1, LineStatus.COMMITTED));
        actions.put("correctLine", () -> funding.correctLine(-1, "Région", SourceType.REGION, BigDecimal.TEN));
        actions.put("openCampaign", () -> campaigns.openCampaign(-1, new CampaignForm(-1, BigDecimal.TEN, null,
                Instant.now().plusSeconds(3600), null, null)));
        actions.put("updateProgramme", () -> funding.updateProgramme(-1, new ProgrammeForm(2000, true,
                BigDecimal.TEN, new BigDecimal("0.5"), BigDecimal.TEN)));
        actions.put("createProgramme", () -> funding.createProgramme(new ProgrammeDraft("", "", "", null)));
        actions.put("changeRules", () -> funding.changeRules(-1, new ProgrammeRules(List.of(), List.of())));
        actions.put("createLabel", () -> labels.createLabel("", ""));
        actions.put("awardLabel", () -> labels.award(-1, LabelTarget.TERRITORY, -1));
        actions.put("revokeLabel", () -> labels.revoke(-1, LabelTarget.TERRITORY, -1));
        actions.put("closeIfDue", () -> campaigns.closeIfDue(-1));
        actions.put("closeDueCampaigns", () -> campaigns.closeDueCampaigns());
        actions.put("pledge", () -> campaigns.pledge(-1, BigDecimal.TEN));
        actions.put("withdrawPledge", () -> campaigns.withdrawPledge(-1));

        Set<String> staff = Set.of("promote", "editProject", "changePhase", "addMilestone", "setProgress",
                "checkEligibility", "addLine", "moveLine", "correctLine", "openCampaign");
        Set<String> administration = Set.of("updateProgramme", "createProgramme", "changeRules", "createLabel", "awardLabel", "revokeLabel", "closeIfDue",
                "closeDueCampaigns");
        Set<String> residents = Set.of("pledge", "withdrawPledge");

        check("visitor", Actors::visitor, actions, Set.of());
        check("resident", () -> Actors.resident(resident), actions, residents);
        Set<String> moderator = new java.util.HashSet<>(residents);
        moderator.addAll(staff);
        check("moderator", () -> Actors.resident(resident, Role.MODERATOR), actions, moderator);
        check("administrator", () -> Actors.resident(resident, Role.ADMINISTRATOR), actions, actions.keySet());
    }

    @Test
    void everyone_reads_projects_funding_and_campaigns() {
        Actors.visitor();
        assertThat(projects.browse(ProjectQuery.all(), 0, 10)).isEmpty();
        assertThat(funding.listProgrammes()).isNotEmpty();
        assertThat(labels.listLabels()).extracting(Label::name).contains("Territoire French Impact");
        assertThat(campaigns.campaignOfProject(-1)).isEmpty();
        assertThat(campaigns.myPledge(-1)).isEmpty();
    }

    private static void check(String role, Runnable signIn, Map<String, Runnable> actions, Set<String> allowed) {
        actions.forEach((name, action) -> {
            signIn.run();
            boolean permitted;
            try {
                action.run();
                permitted = true;
            } catch (DomainException refusedData) {
                permitted = true;
            } catch (AccessDeniedException denied) {
                permitted = false;
            }
            if (permitted != allowed.contains(name)) {
                fail(role + " " + (permitted ? "may" : "may not") + " " + name);
            }
        });
    }
}
