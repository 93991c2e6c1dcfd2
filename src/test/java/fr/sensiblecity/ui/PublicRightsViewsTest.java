package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.sensiblecity.support.MariaDbTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Open data, the legal pages, their footer links and the unsubscribe result, as a visitor sees them. */
@MariaDbTest
@WithAnonymousUser
class PublicRightsViewsTest extends SpringBrowserlessTest {

    @Test
    void every_page_links_the_three_legal_pages_from_its_footer() {
        navigate("", Component.class);
        assertThat($(Anchor.class).id("footer-accessibility").getHref()).isEqualTo("accessibility");
        assertThat($(Anchor.class).id("footer-accessibility").getText()).isEqualTo("Déclaration d'accessibilité");
        assertThat($(Anchor.class).id("footer-legal-notice").getHref()).isEqualTo("legal-notice");
        assertThat($(Anchor.class).id("footer-privacy").getHref()).isEqualTo("privacy");
    }

    @Test
    void the_accessibility_statement_is_honest_about_conformity_and_names_the_defenseur_des_droits() {
        navigate("accessibility", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Déclaration d'accessibilité");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Cette plateforme est partiellement conforme"))
                .anyMatch(text -> text.contains("Défenseur des droits"))
                .anyMatch(text -> text.contains("[accessibilite@collectivite.fr]"));
    }

    @Test
    void the_legal_notice_and_privacy_policy_show_the_configured_publisher_and_dpo_in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("legal-notice", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Legal notice");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("[Nom de la collectivité], "));

        navigate("privacy", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Privacy policy");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("What we keep", "For how long", "Your rights");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("[dpo@collectivite.fr]"));
    }

    @Test
    void the_privacy_policy_names_each_cookie_with_what_it_holds_why_and_for_how_long_in_both_languages() {
        navigate("privacy", Component.class);
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all())
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .anyMatch(text -> text.startsWith("sc-territory : le territoire que vous avez choisi sur la page d'accueil")
                        && text.contains("gardé un an"))
                .anyMatch(text -> text.startsWith("sc-lang : ") && text.contains("un an"))
                .anyMatch(text -> text.startsWith("JSESSIONID"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("legal-notice", Component.class);
        navigate("privacy", Component.class);
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all())
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .anyMatch(text -> text.startsWith("sc-territory: the territory you chose on the home page")
                        && text.contains("kept for a year"))
                .anyMatch(text -> text.startsWith("sc-lang: "));
    }

    @Test
    void the_open_data_page_lists_the_ideas_files_columns_and_licence() {
        navigate("open-data", Component.class);
        assertThat($(Anchor.class).id("download-ideas-csv").getHref()).isEqualTo("open-data/ideas.csv");
        assertThat($(Anchor.class).id("download-ideas-json").getHref()).isEqualTo("open-data/ideas.json");
        assertThat($(Paragraph.class).id("open-data-licence").getElement().getTextRecursively()).contains("Licence Ouverte");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("précédée d'une apostrophe"));
        Grid<?> columns = $(Grid.class).first();
        assertThat(test(columns).size()).isEqualTo(12);
        assertThat(test(columns).getCellText(0, 1)).startsWith("Numéro de l'idée");
    }

    @Test
    void the_unsubscribe_page_says_what_stopped_or_that_the_link_is_invalid() {
        UI.getCurrent().navigate("unsubscribed", QueryParameters.simple(Map.of("kind", "IDEA_MATURED")));
        assertThat($(Paragraph.class).id("unsubscribe-result").getText())
                .isEqualTo("C'est fait : vous ne recevrez plus d'e-mail pour « Une idée que je suis ou que j'ai écrite devient mûre ».");
        UI.getCurrent().navigate("unsubscribed", QueryParameters.simple(Map.of("invalid", "")));
        assertThat($(Paragraph.class).id("unsubscribe-result").getText()).startsWith("Ce lien de désabonnement n'est pas valide.");
    }
}
