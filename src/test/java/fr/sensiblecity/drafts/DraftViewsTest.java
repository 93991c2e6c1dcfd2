package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A participant amends a draft, and its pages show versions, consultation and results, without a browser. */
@MariaDbTest
@SignedInAs(name = "Camille")
class DraftViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    DraftFixtures fixtures;

    Authentication camille;
    long facilitator;
    DraftFixtures.Process process;

    @BeforeEach
    void camilleTakesPartInAnOpenProcess() {
        camille = SecurityContextHolder.getContext().getAuthentication();
        long camilleId = ((ResidentPrincipal) camille.getPrincipal()).residentId();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 2);
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.assignParticipant(process.draft(), camilleId, "Collectif vélo", null);
        SecurityContextHolder.getContext().setAuthentication(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_participant_proposes_an_amendment_and_sees_the_change_word_by_word() {
        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Politique d'accueil");
        assertThat($(Div.class).id("section-1").getElement().getTextRecursively()).contains(DraftFixtures.MOBILITY_TEXT)
                .contains("Version 1");
        // The form is built when the member opens it, with the section's current text to start from.
        assertThat($(TextArea.class).all()).noneMatch(area -> "proposal-text-1".equals(area.getId().orElse("")));
        $(com.vaadin.flow.component.details.Details.class).id("propose-1").setOpened(true);
        assertThat($(TextArea.class).id("proposal-text-1").getValue()).isEqualTo(DraftFixtures.MOBILITY_TEXT);
        test($(TextArea.class).id("proposal-text-1")).setValue("La commune crée une navette gratuite vers la gare.");
        test($(TextArea.class).id("proposal-rationale-1")).setValue("Pour que tout le monde la prenne.");
        test($(Button.class).id("proposal-send-1")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre amendement est proposé aux participants.");
        assertThat($(H1.class).last().getText()).startsWith("Amendement n° ");
        String diff = $(Html.class).all().stream().map(html -> html.getInnerHtml()).filter(html -> html.contains("<ins>"))
                .findFirst().orElseThrow();
        assertThat(diff).contains("<ins><span class=\"sc-sr-only\">[ajout : </span>gratuite ");
        assertThat($(Button.class).all()).noneMatch(button -> "support-amendment".equals(button.getId().orElse("")));
    }

    @Test
    void a_participant_supports_and_votes_an_amendment_while_the_facilitator_runs_the_vote() {
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.housing(), "La commune rénove les logements vacants.",
                "Rénover avant de louer.");
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("amendments/" + amendment, Component.class);
        assertThat($(Span.class).id("amendment-supports").getText()).isEqualTo("Aucun soutien");
        test($(Button.class).id("support-amendment")).click();
        assertThat($(Span.class).id("amendment-supports").getText()).isEqualTo("1 soutien");
        test($(TextArea.class).id("amendment-comment-body")).setValue("Et les propriétaires ?");
        test($(Button.class).id("send-amendment-comment")).click();
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("amendment-comments")
                .getElement().getTextRecursively()).contains("Et les propriétaires ?").contains("Camille");

        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("amendments/" + amendment, Component.class);
        test($(Button.class).id("vote-for")).click();
        String receipt = $(Span.class).id("ballot-receipt").getText();
        assertThat(receipt).as("shown once, in a dialog").matches("[0-9A-F]{4}(-[0-9A-F]{4}){4}");
        test($(Button.class).id("close-receipt")).click();
        assertThat($(Div.class).id("amendment-vote").getElement().getTextRecursively()).contains("Vous avez voté.")
                .doesNotContain("Pour").contains("1 vote exprimé");

        navigate("drafts/" + process.draft() + "/results", Component.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("receipt-code")).setValue(receipt);
        test($(Button.class).id("check-receipt")).click();
        assertThat($(Paragraph.class).id("receipt-result").getText())
                .isEqualTo("Votre bulletin sur l'amendement n° " + amendment + " est dans l'urne : Pour. Il sera scellé "
                        + "à la clôture du vote.");
    }

    @Test
    void only_those_who_may_vote_see_the_vote_buttons() {
        // The housing section belongs to a thematic group that member-1 is in and Camille is not.
        Actors.resident(facilitator, Role.FACILITATOR);
        long group = drafts.addGroup(process.draft(), "Logement");
        drafts.assignParticipant(process.draft(), process.member(1), "Association 1", group);
        drafts.assignSectionGroups(process.housing(), java.util.List.of(group));
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.housing(), "La commune rénove les logements vacants.",
                "Rénover avant de louer.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);

        navigate("drafts", Component.class);
        navigate("amendments/" + amendment, Component.class);
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("vote-"));
        assertThat($(Button.class).id("close-vote").isVisible()).isTrue();

        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("drafts", Component.class);
        navigate("amendments/" + amendment, Component.class);
        assertThat($(Div.class).id("amendment-vote").getElement().getTextRecursively()).contains("aucun vote exprimé");
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("vote-"));

        Actors.resident(process.member(2));
        navigate("drafts", Component.class);
        navigate("amendments/" + amendment, Component.class);
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("vote-"));

        Actors.resident(process.member(1));
        navigate("drafts", Component.class);
        navigate("amendments/" + amendment, Component.class);
        assertThat($(Button.class).id("vote-for").isVisible()).isTrue();
        assertThat($(Button.class).id("vote-against").isVisible()).isTrue();
    }

    @Test
    void the_versions_consultation_and_results_pages_open_for_a_participant() {
        navigate("drafts/" + process.draft() + "/versions", Component.class);
        assertThat($(Div.class).id("comparison").getElement().getTextRecursively()).contains(DraftFixtures.HOUSING_TEXT);
        navigate("drafts/" + process.draft() + "/consultation", Component.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Le texte n'est pas encore publié"));
        navigate("drafts/" + process.draft() + "/results", Component.class);
        test($(Button.class).id("verify-ballots")).click();
        assertThat($(Paragraph.class).id("ballot-check").getText()).startsWith("Vérifié : 0 bulletins");
        navigate("drafts", Component.class);
        assertThat($(UnorderedList.class).id("drafts-list").getElement().getTextRecursively()).contains("Politique d'accueil");
    }
}
