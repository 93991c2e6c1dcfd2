package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A resident finds a panel, volunteers, and answers the seat a draw offers them, through the pages. */
@MariaDbTest
@SignedInAs(name = "Camille")
class PanelResidentViewsTest extends SpringBrowserlessTest {

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    PanelService panels;

    @Autowired
    fr.sensiblecity.territories.TerritoryService territories;

    @Autowired
    fr.sensiblecity.support.MutableClock clock;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    CurrentResident current;

    @Autowired
    FollowService follows;

    long panel;
    long fanny;

    @BeforeEach
    void aRecruitingPanel() {
        var camille = SecurityContextHolder.getContext().getAuthentication();
        fanny = fixtures.resident("fanny");
        panel = fixtures.recruitingPanel(fixtures.commune(), 2, fanny);
        SecurityContextHolder.getContext().setAuthentication(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void on_an_english_page_the_proposed_census_categories_read_in_english_and_the_french_question_says_it_is_french() {
        var camille = SecurityContextHolder.getContext().getAuthentication();
        Actors.resident(fanny, fr.sensiblecity.base.Role.FACILITATOR);
        long commune = panels.findPanel(panel).territoryId();
        PanelForm form = fixtures.form(territories.findTerritory(commune).orElseThrow(), 20);
        long proposed = panels.createPanel(new PanelForm(form.question(), form.authority(), commune, 20, 1, null, null,
                panels.proposeQuotas(commune, 20), form.sessions()));
        panels.advance(proposed, PanelPhase.RECRUITING);
        SecurityContextHolder.getContext().setAuthentication(camille);

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("panels/" + proposed, Component.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).last().getElement().getAttribute("lang")).isEqualTo("fr");
        String page = $(com.vaadin.flow.component.html.Main.class).first().getElement().getTextRecursively();
        assertThat(page).contains("gender", "woman: ", "age", "qualification", "higher education: ")
                .doesNotContain("femme", "diplôme");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> gender = $(com.vaadin.flow.component.select.Select.class)
                .id("volunteer-category-0");
        assertThat(gender.getLabel()).isEqualTo("gender");
        assertThat(gender.getItemLabelGenerator().apply("femme")).isEqualTo("woman");
    }

    @Test
    void panels_are_listed_as_cards_saying_until_when_one_may_volunteer() {
        navigate("panels", Component.class);
        Article card = $(Article.class).id("panel-" + panel);
        assertThat(card.getClassNames()).contains("sc-card", "sc-tile");
        assertThat(card.getElement().getTextRecursively()).contains("Recrutement des volontaires",
                "Comment rendre le bourg plus sûr pour les vélos ?", "Question posée par Conseil municipal de Bellerive");
    }

    @Test
    void the_schedule_is_a_timeline_marking_the_current_phase_and_the_next_session() {
        clock.setTo(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        try {
            navigate("panels/" + panel, Component.class);
            OrderedList phases = $(OrderedList.class).id("panel-phases");
            java.util.List<ListItem> steps = phases.getChildren().map(ListItem.class::cast).toList();
            assertThat(steps.getFirst().getElement().getTextRecursively()).startsWith("Recrutement des volontaires")
                    .contains("étape en cours");
            assertThat(steps).filteredOn(step -> step.getElement().hasAttribute("aria-current")).singleElement()
                    .satisfies(step -> assertThat(step.getElement().getAttribute("aria-current")).isEqualTo("step"))
                    .isSameAs(steps.getFirst());
            assertThat(steps.getLast().getElement().getTextRecursively()).contains("Clos", "à venir");
            assertThat($(OrderedList.class).id("panel-sessions").getElement().getTextRecursively())
                    .contains("Salle des fêtes", "Accueil", "prochaine séance");

            clock.setTo(java.time.Instant.parse("2027-02-01T09:00:00Z"));
            navigate("panels/" + panel, Component.class);
            assertThat($(OrderedList.class).id("panel-sessions").getElement().getTextRecursively())
                    .contains("séance passée").doesNotContain("prochaine séance");
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_resident_volunteers_by_declaring_the_panels_categories_and_consenting() {
        navigate("panels", Component.class);
        test($(Anchor.class).withText("Comment rendre le bourg plus sûr pour les vélos ?").single()).click();
        assertThat($(H1.class).last().getText()).isEqualTo("Comment rendre le bourg plus sûr pour les vélos ?");

        test($(Select.class).withCaption("gender").single()).selectItem("female");
        test($(Select.class).withCaption("district").single()).selectItem("Les Hameaux");
        test($(Button.class).id("volunteer-button")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("consentement");
        assertThat(volunteering.poolSize(panel)).isZero();

        test($(Checkbox.class).id("volunteer-consent")).click();
        test($(Button.class).id("volunteer-button")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre candidature est enregistrée.");
        assertThat($(Paragraph.class).id("my-declaration").getText()).contains("gender : female")
                .contains("district : Les Hameaux");

        test($(Button.class).id("withdraw-volunteering")).click();
        assertThat(volunteering.poolSize(panel)).isZero();
        assertThat($(Paragraph.class).all()).noneMatch(paragraph -> "my-declaration".equals(paragraph.getId().orElse("")));
    }

    @Test
    void a_resident_drawn_sees_the_seat_offer_and_accepts_it() {
        var camille = SecurityContextHolder.getContext().getAuthentication();
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        Actors.resident(fixtures.resident("dominique"));
        volunteering.volunteer(panel, PanelFixtures.features("male", "Les Hameaux"), true);
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("panels/" + panel, Component.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Votre probabilité d'être tiré, telle que publiée : 1,0000");
        assertThat($(Button.class).all()).noneMatch(button -> "volunteer-button".equals(button.getId().orElse("")));

        Actors.resident(fanny, Role.FACILITATOR);
        draws.draw(panel, "1 2 3 4 5");
        SecurityContextHolder.getContext().setAuthentication(camille);

        navigate("panels/" + panel, Component.class);
        assertThat($(Paragraph.class).id("seat-status").getText()).contains("une place vous est proposée");
        test($(Button.class).id("accept-seat")).click();
        assertThat($(Paragraph.class).id("seat-status").getText()).isEqualTo("Vous êtes membre de ce panel.");
        assertThat($(Button.class).all()).noneMatch(button -> "accept-seat".equals(button.getId().orElse("")));
    }

    @Test
    void a_resident_has_no_facilitator_page_nor_action() {
        navigate("panels/" + panel, Component.class);
        assertThat($(Anchor.class).all()).noneMatch(anchor -> "manage-panel".equals(anchor.getId().orElse("")));
        navigate("panels/manage/" + panel, Component.class);
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Piloter le panel")
                .containsAnyOf("Accès refusé", "Page introuvable");
        navigate("panels/edit", Component.class);
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Créer un panel");
    }

    @Test
    void a_resident_follows_the_panel_from_its_page_and_may_stop() {
        navigate("panels/" + panel, Component.class);
        test($(Button.class).id("follow-button")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Vous suivez ce panel");
        assertThat($(Button.class).id("follow-button").getText()).isEqualTo("Ne plus suivre");
        assertThat(follows.isFollowing(TargetType.PANEL, panel)).isTrue();

        navigate("panels/" + panel, Component.class);
        test($(Button.class).id("follow-button")).click();
        assertThat($(Button.class).id("follow-button").getText()).isEqualTo("Suivre ce panel");
        assertThat(follows.isFollowing(TargetType.PANEL, panel)).isFalse();
    }
}
