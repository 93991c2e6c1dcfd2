package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.browserless.SpringBrowserlessTest;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** "Members' proposals" on the draft's page, without a browser: members propose and support; the facilitator decides. */
@MariaDbTest
@SignedInAs(name = "Camille")
class ProposalViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    ProposalService proposals;

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
    void a_member_proposes_a_recommendation_and_supports_another_members_then_takes_the_support_back() {
        Actors.resident(process.member(1));
        long other = proposals.proposeRecommendation(process.draft(), "Un livret d'accueil traduit",
                "Un livret d'accueil traduit en cinq langues.");
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(Section.class).id("proposals").getElement().getTextRecursively())
                .contains("Propositions des membres").contains("Un livret d'accueil traduit").contains("member-1");

        test($(TextField.class).id("rp-title")).setValue("Ab");
        test($(TextArea.class).id("rp-text")).setValue("Un guichet unique pour les nouveaux habitants.");
        test($(Button.class).id("rp-send")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Le titre d'une proposition compte de 5 à 150 caractères.");
        test($(TextField.class).id("rp-title")).setValue("Un guichet unique d'accueil");
        test($(Button.class).id("rp-send")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre proposition est présentée aux membres.");
        long mine = proposals.proposalsOf(process.draft()).getLast().id();
        assertThat($(Div.class).id("rp-" + mine).getElement().getTextRecursively()).contains("Un guichet unique d'accueil")
                .contains("Proposée par Camille").contains("Ouverte au soutien").contains("Aucun soutien");
        assertThat($(Button.class).all()).as("no support button on one's own proposal")
                .noneMatch(button -> ("rp-support-" + mine).equals(button.getId().orElse("")));

        test($(Button.class).id("rp-support-" + other)).click();
        assertThat($(Span.class).id("rp-supports-" + other).getText()).isEqualTo("1 soutien");
        assertThat($(Button.class).id("rp-support-" + other).getText()).isEqualTo("Retirer mon soutien");
        test($(Button.class).id("rp-support-" + other)).click();
        assertThat($(Span.class).id("rp-supports-" + other).getText()).isEqualTo("Aucun soutien");
        assertThat($(Button.class).all()).as("members do not decide")
                .noneMatch(button -> button.getId().orElse("").startsWith("rp-vote-"));
    }

    @Test
    void the_author_rewords_her_proposal_until_a_member_supports_it_then_withdraws_it() {
        long mine = proposals.proposeRecommendation(process.draft(), "Un guichet unique d'accueil",
                "Un guichet unique pour les nouveaux habitants.");
        navigate("drafts/" + process.draft(), Component.class);
        test($(TextField.class).id("rp-edit-title-" + mine)).setValue("Un guichet unique en mairie");
        test($(Button.class).id("rp-edit-save-" + mine)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre proposition est modifiée.");
        assertThat($(Div.class).id("rp-" + mine).getElement().getTextRecursively()).contains("Un guichet unique en mairie");

        Actors.resident(process.member(1));
        proposals.supportProposal(mine);
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(Button.class).all()).as("no rewording what a member supports")
                .noneMatch(button -> ("rp-edit-save-" + mine).equals(button.getId().orElse("")));
        assertThat($(Paragraph.class).id("rp-edit-locked-" + mine).getText())
                .startsWith("D'autres membres soutiennent cette proposition : vous ne pouvez plus la modifier");

        test($(Button.class).id("rp-withdraw-" + mine)).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Votre proposition est retirée ; ceux qui la soutenaient sont prévenus.");
        assertThat($(Div.class).id("rp-" + mine).getElement().getTextRecursively()).contains("Retirée par son auteur")
                .contains("Son auteur l'a retirée avant qu'elle soit décidée.");
        assertThat($(Button.class).all()).noneMatch(button -> ("rp-withdraw-" + mine).equals(button.getId().orElse("")));
    }

    @Test
    void the_facilitator_puts_one_to_the_vote_declines_another_and_proposes_a_merge_its_authors_answer() {
        Actors.resident(process.member(1));
        long livret = proposals.proposeRecommendation(process.draft(), "Un livret d'accueil traduit",
                "Un livret d'accueil traduit en cinq langues.");
        long fete = proposals.proposeRecommendation(process.draft(), "Une fête des nouveaux",
                "Une fête des nouveaux habitants chaque automne.");
        SecurityContextHolder.getContext().setAuthentication(camille);
        long guichet = proposals.proposeRecommendation(process.draft(), "Un guichet unique d'accueil",
                "Un guichet unique pour les nouveaux habitants.");
        Actors.resident(process.member(2));
        long bureau = proposals.proposeRecommendation(process.draft(), "Un bureau d'accueil en mairie",
                "Un bureau accueille les nouveaux habitants en mairie.");
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);

        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(Button.class).all()).as("the facilitator does not support")
                .noneMatch(button -> button.getId().orElse("").startsWith("rp-support-"));
        test($(Button.class).id("rp-vote-" + livret)).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("La proposition est au vote : les membres votent sur la page des résultats.");
        assertThat($(Anchor.class).id("rp-recommendation-" + livret).getText())
                .isEqualTo("Mise au vote : c'est la recommandation n° 1 (page des résultats).");

        test($(TextArea.class).id("rp-decline-reason-" + fete)).setValue("Non.");
        test($(Button.class).id("rp-decline-" + fete)).click();
        assertThat(test($(Notification.class).last()).getText())
                .matches("La raison compte de 10 à 1.000 caractères\\.");
        test($(TextArea.class).id("rp-decline-reason-" + fete)).setValue("La fête existe déjà, chaque septembre.");
        test($(Button.class).id("rp-decline-" + fete)).click();
        assertThat($(Div.class).id("rp-" + fete).getElement().getTextRecursively())
                .contains("Déclinée par la facilitation : La fête existe déjà, chaque septembre.");

        @SuppressWarnings("unchecked")
        CheckboxGroup<ProposalDetails> parts = $(CheckboxGroup.class).id("rp-merge-parts");
        assertThat(parts.getListDataView().getItems().map(ProposalDetails::id).toList()).containsExactly(guichet, bureau);
        parts.setValue(Set.copyOf(parts.getListDataView().getItems().toList()));
        test($(TextField.class).id("rp-merge-title")).setValue("Un accueil unique en mairie");
        test($(TextArea.class).id("rp-merge-text")).setValue("Un guichet unique accueille les nouveaux en mairie.");
        test($(Button.class).id("rp-merge-send")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("La fusion est proposée ; ses auteurs sont prévenus.");
        long merge = proposals.pendingMergesOf(process.draft()).getFirst().id();
        assertThat($(Button.class).all()).as("no vote on a proposal waiting for a merge")
                .noneMatch(button -> ("rp-vote-" + guichet).equals(button.getId().orElse("")));

        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(Div.class).id("rp-merge-" + merge).getElement().getTextRecursively())
                .contains("Fusion proposée : « Un accueil unique en mairie »").contains("0 sur 2 auteurs");
        test($(Button.class).id("rp-merge-agree-" + merge)).click();
        assertThat($(Div.class).id("rp-merge-" + merge).getElement().getTextRecursively()).contains("1 sur 2 auteurs");
        assertThat($(Button.class).all()).noneMatch(button -> ("rp-merge-agree-" + merge).equals(button.getId().orElse("")));

        Actors.resident(process.member(2));
        proposals.answerMerge(merge, true);
        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("drafts/" + process.draft(), Component.class);
        assertThat($(Div.class).id("rp-" + guichet).getElement().getTextRecursively())
                .contains("Fusionnée, avec l'accord de ses auteurs, dans « Un accueil unique en mairie ».");
        List<ProposalDetails> all = proposals.proposalsOf(process.draft());
        assertThat($(Div.class).id("rp-" + all.getLast().id()).getElement().getTextRecursively())
                .contains("Proposée par Camille, member-2");
    }
}
