package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.TerritorySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A facilitator writes a panel with proposed quotas, then publishes and draws its lottery, through the pages. */
@MariaDbTest
@SignedInAs(name = "Fanny", roles = Role.FACILITATOR)
class PanelFacilitatorViewsTest extends SpringBrowserlessTest {

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    EvidenceService evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seatService;

    TerritorySummary commune;

    @BeforeEach
    void aCommune() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        commune = fixtures.commune();
        SecurityContextHolder.getContext().setAuthentication(fanny);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_facilitator_creates_a_panel_from_quotas_proposed_for_the_territory() {
        navigate("panels/edit", Component.class);
        assertThat($(TextField.class).withCaption("Catégorie").all()).extracting(TextField::getValue)
                .contains("genre", "âge", "diplôme", "quartier");
        test($(TextArea.class).id("panel-question")).setValue("Comment partager la rue entre piétons et voitures ?");
        test($(TextField.class).id("panel-authority")).setValue("Conseil municipal");
        test($(IntegerField.class).id("panel-size")).setValue(20);
        test($(Button.class).id("propose-quotas")).click();
        test($(Button.class).id("save-panel")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Le panel est enregistré.");
        assertThat($(H1.class).last().getText()).isEqualTo("Comment partager la rue entre piétons et voitures ?");
        PanelDetails created = panels.listPanels(true).getFirst();
        assertThat(created.size()).isEqualTo(20);
        assertThat(created.phase()).isEqualTo(PanelPhase.DRAFT);
        assertThat(created.categories().get("quartier")).containsExactly("Le Bourg", "Les Hameaux");
    }

    @Test
    void changing_the_size_proposes_the_quotas_again_until_the_facilitator_edits_them() {
        navigate("panels/edit", Component.class);
        java.util.List<Integer> forSixty = maxima();
        test($(IntegerField.class).id("panel-size")).setValue(20);
        assertThat($(Paragraph.class).id("quota-status").getText())
                .isEqualTo("Quotas proposés pour " + commune.name() + " et 20 membres.");
        assertThat(maxima()).isNotEqualTo(forSixty);

        IntegerField firstMinimum = $(IntegerField.class).withCaption("Minimum").first();
        test(firstMinimum).setValue(3);
        test($(IntegerField.class).id("panel-size")).setValue(40);
        assertThat($(Paragraph.class).id("quota-status").getText()).startsWith("Les quotas n'ont pas été recalculés");
        assertThat($(IntegerField.class).withCaption("Minimum").first().getValue()).isEqualTo(3);
    }

    private java.util.List<Integer> maxima() {
        return $(IntegerField.class).withCaption("Maximum").all().stream().map(IntegerField::getValue).toList();
    }

    @Test
    void a_bad_panel_is_refused_with_a_sentence_and_nothing_is_stored() {
        navigate("panels/edit", Component.class);
        test($(TextArea.class).id("panel-question")).setValue("Court ?");
        test($(TextField.class).id("panel-authority")).setValue("Conseil municipal");
        test($(Button.class).id("save-panel")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("La question doit compter de 10 à 500 caractères.");
        assertThat(panels.listPanels(true)).isEmpty();
    }

    @Test
    void a_facilitator_publishes_the_lottery_then_draws_and_anyone_sees_the_check() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long facilitator = fixtures.resident("Fanny");
        long panel = fixtures.recruitingPanel(commune, 2, facilitator);
        String[][] people = {{"female", "Le Bourg"}, {"male", "Les Hameaux"}, {"female", "Les Hameaux"}};
        for (int i = 0; i < people.length; i++) {
            Actors.resident(fixtures.resident("v" + i));
            volunteering.volunteer(panel, PanelFixtures.features(people[i][0], people[i][1]), true);
        }
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        test($(Button.class).id("publish-lottery")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("graine");
        test($(TextField.class).id("seed-announcement")).setValue("Les numéros du Loto du 12 décembre");
        test($(Button.class).id("publish-lottery")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Loterie publiée.");
        test($(TextField.class).id("draw-seed")).setValue("3 14 15 92 65");
        test($(Button.class).id("draw-button")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("2 personnes tirées au sort");
        assertThat(panels.findPanel(panel).phase()).isEqualTo(PanelPhase.DRAWN);

        navigate("panels/manage/" + panel, Component.class);
        Grid<?> seats = $(Grid.class).id("seats");
        assertThat(test(seats).getCellText(0, 3)).as("the first round is round 1").isEqualTo("1");
        assertThat(test(seats).getCellText(0, 4)).isEqualTo("En attente de réponse");
        assertThat($(Button.class).all()).as("no replacement before anyone declined")
                .noneMatch(button -> "publish-lottery".equals(button.getId().orElse("")));
        assertThat($(Paragraph.class).id("no-replacement").getText())
                .startsWith("Des personnes tirées n'ont pas encore répondu");

        // Once everyone answered and someone declined, a replacement lottery is offered.
        java.util.List<SeatView> drawn = seatService.seats(panel);
        Actors.resident(fixtures.resident(drawn.get(0).name()));
        seatService.declineSeat(panel);
        Actors.resident(fixtures.resident(drawn.get(1).name()));
        seatService.acceptSeat(panel);
        SecurityContextHolder.getContext().setAuthentication(fanny);
        navigate("panels/manage/" + panel, Component.class);
        assertThat($(Button.class).id("publish-lottery").isVisible()).isTrue();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Pour remplacer les personnes qui ont décliné, publiez une nouvelle loterie sur le reste du "
                        + "vivier, puis tirez-la de la même façon.");

        Actors.visitor();
        navigate("panels/draw/" + panel, Component.class);
        assertThat($(Paragraph.class).id("draw-check-0").getText()).startsWith("Vérification : la liste publiée");
        assertThat($(Paragraph.class).id("draw-hidden-profiles-0").getText())
                .as("three volunteers, each alone in their profile: no feature is published")
                .isEqualTo("3 profil(s) sur 3 sont publiés avec des caractéristiques masquées.");
        assertThat($(Paragraph.class).all()).anySatisfy(paragraph -> assertThat(paragraph.getText())
                .startsWith("Pour que personne ne soit reconnaissable").contains("au moins 5 volontaires"));
        assertThat($(Paragraph.class).id("draw-rounding-0").getText()).startsWith("Avant l'arrondi à 1")
                .contains("ne retire à personne plus d'un ticket (1/1000)");

        // Had the rounding found no way to keep within a ticket, the page would say so with the figure.
        jdbc.update("update panel_draw set largest_loss = 0.0025 where panel_id = ?", panel);
        navigate("panels/draw/" + panel, Component.class);
        assertThat($(Paragraph.class).id("draw-rounding-0").getText())
                .contains("n'a pas trouvé comment garder tout le monde à moins d'un ticket (1/1000)")
                .contains("0,0025, soit 2,5 tickets");
    }

    @Test
    void quotas_no_panel_can_meet_are_refused_with_the_relaxation_written_out_in_french() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long panel = fixtures.recruitingPanel(commune, 2, fixtures.resident("Fanny"));
        for (int i = 0; i < 3; i++) {
            Actors.resident(fixtures.resident("v" + i));
            volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        }
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        test($(TextField.class).id("seed-announcement")).setValue("Les numéros du Loto du 12 décembre");
        test($(Button.class).id("publish-lottery")).click();
        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Aucun panel de 2 personnes ne respecte tous les quotas avec ce vivier. Le plus petit "
                        + "assouplissement (4 places en tout) : ")
                .contains("« gender = male » : minimum de 1 à 0", "« gender = female » : maximum de 1 à 2",
                        "« district = Les Hameaux » : minimum de 1 à 0")
                .doesNotContain(" -> ", " → ");
        assertThat(panels.findPanel(panel).phase()).isEqualTo(PanelPhase.RECRUITING);
    }

    @Test
    void a_facilitator_removes_an_evidence_item_with_its_labelled_button() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long facilitator = fixtures.resident("Fanny");
        long panel = drawnPanel(facilitator);
        Actors.resident(facilitator, Role.FACILITATOR);
        evidence.addLink(panel, "Étude de mobilité", "https://example.org/etude", EvidenceSource.EXPERT, "Cerema");
        long kept = evidence.addLink(panel, "Avis des commerçants", "https://example.org/avis",
                EvidenceSource.STAKEHOLDER, "Union");
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        Button remove = $(Button.class).all().stream()
                .filter(button -> "Retirer « Étude de mobilité » de la documentation"
                        .equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        assertThat(remove.getText()).isEqualTo("Retirer");
        test(remove).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("« Étude de mobilité » a été retiré de la documentation.");
        assertThat(evidence.library(panel)).extracting(EvidenceItem::id).containsExactly(kept);
        assertThat($(Button.class).all()).noneMatch(button -> "Retirer « Étude de mobilité » de la documentation"
                .equals(button.getElement().getAttribute("aria-label")));
    }

    @Test
    void a_document_over_the_limit_is_refused_with_a_sentence_and_nothing_is_stored() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long panel = drawnPanel(fixtures.resident("Fanny"));
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        test($(TextField.class).id("evidence-title")).setValue("Rapport complet");
        test($(TextField.class).id("evidence-source-name")).setValue("Cerema");
        byte[] huge = java.util.Arrays.copyOf(PanelLearningTest.PDF, 10 * 1024 * 1024 + 1);
        test($(Upload.class).id("evidence-document")).upload("rapport.pdf", "application/pdf", huge);

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Le document dépasse 10 Mo.");
        assertThat(evidence.library(panel)).isEmpty();

        test($(Upload.class).id("evidence-document")).upload("rapport.pdf", "application/pdf", PanelLearningTest.PDF);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ressource ajoutée.");
        assertThat(evidence.library(panel)).extracting(EvidenceItem::fileName).containsExactly("rapport.pdf");
    }

    @Test
    void a_pool_file_over_the_limit_is_refused_with_a_sentence_and_nothing_is_imported() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long panel = fixtures.recruitingPanel(commune, 2, fixtures.resident("Fanny"));
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        byte[] huge = ("id,gender,district\n" + "p,female,Le Bourg\n".repeat(5 * 1024 * 1024 / 18 + 1))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        test($(Upload.class).id("respondents-file")).upload("respondents.csv", "text/csv", huge);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Le fichier dépasse 5 Mo : rien n'a été importé.");
        test($(Button.class).id("import-pool")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Choisissez d'abord le fichier respondents.csv.");
        assertThat(volunteering.pool(panel)).isEmpty();
    }

    @Test
    void a_facilitator_adds_moves_and_cancels_sessions_of_a_drawn_panel_from_its_run_page() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long panel = drawnPanel(fixtures.resident("Fanny"));
        SecurityContextHolder.getContext().setAuthentication(fanny);

        navigate("panels/manage/" + panel, Component.class);
        test($(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("session-starts-at"))
                .setValue(java.time.LocalDateTime.of(2027, 2, 6, 14, 0));
        test($(TextField.class).id("session-place")).setValue("Médiathèque");
        test($(TextField.class).id("session-topic")).setValue("Audition d'experts");
        test($(Button.class).id("save-session")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Séance ajoutée ; les membres et les personnes qui suivent le panel sont prévenus.");

        test($(Button.class).id("change-session-0")).click();
        test($(TextField.class).id("session-place")).setValue("Salle du conseil");
        test($(Button.class).id("save-session")).click();
        test($(Button.class).id("cancel-session-1")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Séance annulée ; les membres et les personnes qui suivent le panel sont prévenus.");

        assertThat(panels.findPanel(panel).sessions()).containsExactly(
                new SessionLine(java.time.LocalDateTime.of(2027, 1, 9, 10, 0), "Salle du conseil", "Accueil", false),
                new SessionLine(java.time.LocalDateTime.of(2027, 2, 6, 14, 0), "Médiathèque", "Audition d'experts", true));
        assertThat($(Button.class).exists() && $(Button.class).all().stream()
                .noneMatch(button -> "cancel-session-1".equals(button.getId().orElse(null)))).isTrue();
    }

    @Test
    void a_pool_imports_off_the_page_lock_and_the_page_then_shows_the_result() throws Exception {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long panel = fixtures.recruitingPanel(commune, 2, fixtures.resident("Fanny"));
        SecurityContextHolder.getContext().setAuthentication(fanny);
        navigate("panels/manage/" + panel, Component.class);
        test($(Upload.class).id("respondents-file")).upload("respondents.csv", "text/csv",
                "id,gender,district\np1,female,Le Bourg\np2,male,Les Hameaux\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        test($(Button.class).id("import-pool")).click();

        // The click returned before the import ended: the button waits for it, the page says it is under way.
        assertThat($(Button.class).id("import-pool").isEnabled()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("import-status").getText())
                .startsWith("Import en cours");
        for (int tries = 0; volunteering.pool(panel).size() < 2 && tries < 600; tries++) {
            Thread.sleep(50);
        }
        assertThat(volunteering.pool(panel)).hasSize(2);
        String result = "";
        for (int tries = 0; !result.equals("2 répondants ajoutés au vivier.") && tries < 600; tries++) {
            Thread.sleep(50);
            com.vaadin.browserless.internal.MockVaadin.runUIQueue();
            result = $(Notification.class).all().isEmpty() ? "" : test($(Notification.class).last()).getText();
        }
        assertThat(result).isEqualTo("2 répondants ajoutés au vivier.");
        assertThat($(Button.class).id("import-pool").isEnabled()).isTrue();
    }

    /** A panel of two, drawn from three volunteers: the phase in which a library is first prepared. */
    private long drawnPanel(long facilitator) {
        long panel = fixtures.recruitingPanel(commune, 2, facilitator);
        String[][] people = {{"female", "Le Bourg"}, {"male", "Les Hameaux"}, {"female", "Les Hameaux"}};
        for (int i = 0; i < people.length; i++) {
            Actors.resident(fixtures.resident("d" + i));
            volunteering.volunteer(panel, PanelFixtures.features(people[i][0], people[i][1]), true);
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "seed");
        Actors.clear();
        return panel;
    }
}
