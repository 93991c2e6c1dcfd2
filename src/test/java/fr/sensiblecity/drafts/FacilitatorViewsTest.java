package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A facilitator opens and prepares a draft through the pages; a resident who is not a participant cannot read it. */
@MariaDbTest
@SignedInAs(name = "Fanny", roles = Role.FACILITATOR)
class FacilitatorViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    DraftFixtures fixtures;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_facilitator_opens_a_draft_adds_a_group_a_section_and_a_participant_and_publishes_it() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        navigate("drafts/new", Component.class);
        test($(TextField.class).id("draft-title")).setValue("Accueillir les nouveaux habitants");
        test($(TextArea.class).id("draft-question")).setValue("Comment mieux accueillir les nouveaux habitants ?");
        test($(TextField.class).id("draft-authority")).setValue("Conseil municipal");
        test($(Button.class).id("open-draft")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Le projet est ouvert");

        test($(TextField.class).id("new-group-name")).setValue("Mobilité");
        test($(Button.class).id("add-group")).click();
        test($(TextField.class).id("new-section-title")).setValue("Se déplacer");
        test($(TextArea.class).id("new-section-text")).setValue("Une navette relie les hameaux à la gare.");
        test($(Button.class).id("add-section")).click();
        assertThat($(H3.class).all()).extracting(H3::getText).contains("1. Se déplacer");
        long draft = drafts.listDrafts().getFirst().id();
        assertThat(drafts.groups(draft)).extracting(ThematicGroup::name).containsExactly("Mobilité");

        long camille = fixtures.resident("Camille");
        SecurityContextHolder.getContext().setAuthentication(fanny);
        navigate("drafts/" + draft + "/setup", Component.class);
        ComboBoxTester<ComboBox<Participant>, Participant> who = test($(ComboBox.class).id("participant-resident"));
        who.setFilter("cam");
        assertThat(who.getSuggestions()).containsExactly("Camille");
        who.selectItem("Camille");
        test($(TextField.class).id("participant-organisation")).setValue("Collectif vélo");
        test($(Button.class).id("assign-participant")).click();
        assertThat(drafts.participants(draft)).extracting(Participant::residentId, Participant::organisation)
                .containsExactly(tuple(camille, "Collectif vélo"));
        navigate("drafts/" + draft + "/setup", Component.class);
        assertThat($(UnorderedList.class).id("participants").getElement().getTextRecursively()).contains("Camille");
        test($(Button.class).id("remove-participant-" + camille)).click();
        assertThat(drafts.participants(draft)).isEmpty();

        navigate("drafts/" + draft, Component.class);
        assertThat($(Span.class).id("draft-phase").getText()).isEqualTo("Rédaction");
        test($(Button.class).id("advance-phase")).click();
        assertThat($(Span.class).id("draft-phase").getText()).isEqualTo("Consultation publique");
    }

    @Test
    void a_resident_who_does_not_take_part_cannot_open_a_working_draft() {
        var fanny = SecurityContextHolder.getContext().getAuthentication();
        long draft = drafts.openDraft(new DraftForm("Texte de travail", "Une question assez longue ?", "La mairie", null));
        Actors.resident(fixtures.resident("outsider"));
        navigate("drafts/" + draft, Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Accès refusé");
        SecurityContextHolder.getContext().setAuthentication(fanny);
        navigate("drafts/" + draft, Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Texte de travail");
    }
}
