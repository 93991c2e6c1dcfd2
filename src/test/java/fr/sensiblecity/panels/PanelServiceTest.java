package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class PanelServiceTest {

    @Autowired
    PanelService panels;

    @Autowired
    PanelRoster roster;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    AuditTrail audit;

    TerritorySummary commune;
    long fanny;
    long camille;

    @BeforeEach
    void aCommuneAFacilitatorAndAResident() {
        database.wipe();
        commune = fixtures.commune();
        fanny = fixtures.resident("fanny");
        camille = fixtures.resident("camille");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_facilitator_creates_a_panel_that_everyone_reads_once_recruiting() {
        Actors.resident(fanny, Role.FACILITATOR);
        long id = panels.createPanel(fixtures.form(commune, 4));
        assertThat(audit.newestFirst(0, 1).getFirst().action()).isEqualTo("PANEL_CREATE");

        assertThat(panels.listPanels(true)).extracting(PanelDetails::phase).containsExactly(PanelPhase.DRAFT);
        Actors.visitor();
        assertThat(panels.listPanels(true)).as("drafts are for staff").isEmpty();
        assertRefused(() -> panels.findPanel(id), "panel.error.notFound");
        Actors.resident(camille, Role.MODERATOR);
        assertThat(panels.listPanels(true)).isEmpty();

        Actors.resident(fanny, Role.FACILITATOR);
        panels.advance(id, PanelPhase.RECRUITING);
        Actors.visitor();
        PanelDetails shown = panels.listPanels(false).getFirst();
        assertThat(shown.question()).isEqualTo("Comment rendre le bourg plus sûr pour les vélos ?");
        assertThat(shown.categories()).containsOnlyKeys("gender", "district");
        assertThat(shown.sessions()).hasSize(1);
        assertThat(roster.findPanel(id)).get().extracting(PanelRoster.PanelSummary::phase)
                .isEqualTo(PanelPhase.RECRUITING);
    }

    @Test
    void only_facilitators_and_administrators_create_edit_and_advance_panels() {
        PanelForm form = fixtures.form(commune, 4);
        Actors.visitor();
        assertThatThrownBy(() -> panels.createPanel(form)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(camille);
        assertThatThrownBy(() -> panels.createPanel(form)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(camille, Role.MODERATOR);
        assertThatThrownBy(() -> panels.createPanel(form)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(camille, Role.ADMINISTRATOR);
        long id = panels.createPanel(form);
        Actors.resident(fanny, Role.FACILITATOR);
        panels.editPanel(id, form);

        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(camille, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> panels.editPanel(id, form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> panels.advance(id, PanelPhase.RECRUITING)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.advance(id, PanelPhase.RECRUITING)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(camille, Role.ADMINISTRATOR);
        roster.advance(id, PanelPhase.RECRUITING);
        assertThat(panels.findPanel(id).phase()).isEqualTo(PanelPhase.RECRUITING);
    }

    @Test
    void phases_move_forward_one_at_a_time_and_only_a_draw_makes_a_panel_drawn() {
        long id = fixtures.recruitingPanel(commune, 4, fanny);
        Actors.resident(fanny, Role.FACILITATOR);
        assertRefused(() -> panels.advance(id, PanelPhase.DRAFT), "panel.error.phaseOrder");
        assertRefused(() -> panels.advance(id, PanelPhase.LEARNING), "panel.error.phaseOrder");
        assertRefused(() -> panels.advance(id, PanelPhase.DRAWN), "panel.error.drawToAdvance");
        assertThat(panels.findPanel(id).phase()).isEqualTo(PanelPhase.RECRUITING);
    }

    @Test
    void bad_panels_are_refused_with_a_reason() {
        Actors.resident(fanny, Role.FACILITATOR);
        PanelForm good = fixtures.form(commune, 4);
        assertRefused(() -> panels.createPanel(new PanelForm("Court ?", good.authority(), commune.id(), 4, 1, null,
                null, good.quotas(), List.of())), "panel.error.question");
        assertRefused(() -> panels.createPanel(new PanelForm(good.question(), good.authority(), commune.id(), 0, 0,
                null, null, good.quotas(), List.of())), "panel.error.size");
        assertRefused(() -> panels.createPanel(new PanelForm(good.question(), good.authority(), commune.id(), 4, 1,
                null, null, List.of(new QuotaLine("gender", "female", 3, 4), new QuotaLine("gender", "male", 3, 4)),
                List.of())), "panel.error.quotaSum");
        assertRefused(() -> panels.createPanel(new PanelForm(good.question(), good.authority(), commune.id(), 4, 1,
                null, null, List.of(new QuotaLine("age=band", "16-24", 0, 4)), List.of())), "panel.error.name");
        assertRefused(() -> panels.createPanel(new PanelForm(good.question(), good.authority(), 999_999, 4, 1,
                null, null, good.quotas(), List.of())), "panel.error.territory");
        assertThat(panels.listPanels(true)).isEmpty();
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(refusal -> ((DomainException) refusal).messageKey()).isEqualTo(key);
    }
}
