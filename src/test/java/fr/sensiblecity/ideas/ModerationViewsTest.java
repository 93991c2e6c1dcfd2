package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.moderation.ReportedContent;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A moderator works the queue through the page; an administrator reads the audit trail. */
@MariaDbTest
@SignedInAs(name = "Morgane", roles = {Role.MODERATOR, Role.ADMINISTRATOR})
class ModerationViewsTest extends SpringBrowserlessTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reports;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    ContentModerationService moderation;

    long idea;
    long comment;

    @BeforeEach
    void aReportedComment() {
        Authentication morgane = SecurityContextHolder.getContext().getAuthentication();
        var commune = fixtures.commune(1240);
        Actors.resident(fixtures.resident("author"));
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(fixtures.resident("troll"));
        comment = comments.postComment(idea, null, "Un commentaire injurieux").id();
        Actors.resident(fixtures.resident("reporter"));
        reports.report(ContentType.COMMENT, comment, "Propos injurieux");
        SecurityContextHolder.getContext().setAuthentication(morgane);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_hidden_ideas_page_names_no_former_resident_offers_no_follow_and_hides_its_discussion_from_visitors() {
        moderation.hide(ContentType.IDEA, idea, "Propos injurieux envers un voisin");
        Authentication morgane = SecurityContextHolder.getContext().getAuthentication();

        Actors.resident(fixtures.resident("passer-by"));
        navigate("ideas/" + idea, Component.class);
        String meta = $(Paragraph.class).id("idea-meta").getText();
        assertThat(meta).startsWith("Proposée le ").doesNotContain("ancien habitant").doesNotContain("author");
        assertThat($(Button.class).all()).noneMatch(button -> "follow-button".equals(button.getId().orElse("")));
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).all())
                .noneMatch(section -> "discussion".equals(section.getId().orElse("")));
        assertThat(comments.discussion(idea)).isEmpty();

        Actors.visitor();
        navigate("ideas", Component.class);
        navigate("ideas/" + idea, Component.class);
        assertThat($(Paragraph.class).id("idea-meta").getText()).doesNotContain("ancien habitant");
        assertThat(comments.discussion(idea)).isEmpty();

        // Its author and the moderators still read it, and its discussion.
        Actors.resident(fixtures.resident("author"));
        assertThat(comments.discussion(idea)).hasSize(1);
        navigate("ideas", Component.class);
        navigate("ideas/" + idea, Component.class);
        assertThat($(Paragraph.class).id("idea-meta").getText()).startsWith("Proposée par author");
        SecurityContextHolder.getContext().setAuthentication(morgane);
        assertThat(comments.discussion(idea)).hasSize(1);
    }

    @Test
    void a_moderator_hides_a_reported_comment_with_a_public_reason() {
        navigate("moderation", Component.class);
        Grid<?> queue = $(Grid.class).id("report-queue");
        assertThat(test(queue).size()).isEqualTo(1);
        HorizontalLayout actions = (HorizontalLayout) test(queue).getCellComponent(0, 4);
        test((Button) actions.getComponentAt(0)).click();
        test($(TextArea.class).id("reason-text")).setValue("Insultes envers un habitant");
        test($(Button.class).id("reason-confirm")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("C'est fait, et inscrit au journal.");
        assertThat(test($(Grid.class).id("report-queue")).size()).isZero();
        assertThat(comments.discussion(idea).getFirst().hidden()).isTrue();

        navigate("admin/audit", Component.class);
        assertThat($(Paragraph.class).id("audit-status").getText()).startsWith("Chaîne d'empreintes intacte.");
        assertThat(test($(Grid.class).id("audit-grid")).getCellComponent(0, 1).getElement().getTextRecursively())
                .endsWith("Insultes envers un habitant");
    }

    @Test
    void the_idea_page_shows_the_discussion_and_a_reply_joins_its_thread() {
        navigate("ideas/" + idea, Component.class);
        test($(TextArea.class).id("comment-body")).setValue("Je suis pour, près de l'école.");
        test($(Button.class).id("send-comment")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre message est publié.");
        assertThat(comments.discussion(idea)).extracting(CommentView::body).contains("Je suis pour, près de l'école.");
    }

    @Test
    void row_buttons_are_named_after_the_content_they_act_on() {
        navigate("moderation", Component.class);
        HorizontalLayout actions = (HorizontalLayout) test($(Grid.class).id("report-queue")).getCellComponent(0, 4);
        assertThat(((Button) actions.getComponentAt(0)).getAriaLabel()).contains("Masquer « Un commentaire injurieux »");
        assertThat(((Button) actions.getComponentAt(1)).getAriaLabel())
                .contains("Classer sans suite les signalements sur « Un commentaire injurieux »");
    }

    @Test
    void a_long_reported_comment_is_shortened_in_its_row_and_read_whole_in_its_details_row() {
        Authentication morgane = SecurityContextHolder.getContext().getAuthentication();
        String whole = "Un long message. ".repeat(20) + "La fin du message.";
        Actors.resident(fixtures.resident("bavard"));
        long longComment = comments.postComment(idea, null, whole).id();
        Actors.resident(fixtures.resident("reporter"));
        reports.report(ContentType.COMMENT, longComment, "Hors sujet");
        SecurityContextHolder.getContext().setAuthentication(morgane);

        navigate("moderation", Component.class);
        Grid<ReportedContent> queue = $(Grid.class).id("report-queue");
        java.util.List<ReportedContent> rows = queue.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(each -> each.targetId() == longComment).findFirst().orElseThrow());
        ReportedContent item = rows.get(row);
        com.vaadin.flow.component.html.Div content = (com.vaadin.flow.component.html.Div) test(queue).getCellComponent(row, 0);
        assertThat(content.getChildren().findFirst().map(link -> link.getElement().getText()).orElseThrow())
                .hasSize(141).endsWith("…");
        assertThat(queue.isDetailsVisible(item)).isFalse();
        test((Button) content.getComponentAt(1)).click();
        assertThat(queue.isDetailsVisible(item)).isTrue();
        assertThat(item.excerpt()).isEqualTo(whole);
    }

    @Test
    void a_success_after_an_error_replaces_it_in_the_one_message_region() {
        navigate("moderation", Component.class);
        HorizontalLayout actions = (HorizontalLayout) test($(Grid.class).id("report-queue")).getCellComponent(0, 4);
        test((Button) actions.getComponentAt(0)).click();
        test($(TextArea.class).id("reason-text")).setValue("x");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(openMessages()).hasSize(1);
        assertThat(openMessages().getFirst().getThemeNames()).contains("error");

        test($(TextArea.class).id("reason-text")).setValue("Insultes envers un habitant");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(openMessages()).hasSize(1);
        assertThat(test(openMessages().getFirst()).getText()).isEqualTo("C'est fait, et inscrit au journal.");
        assertThat(openMessages().getFirst().getThemeNames()).contains("success").doesNotContain("error");
        assertThat(openMessages().getFirst().isAssertive()).as("a polite live region").isFalse();
    }

    private java.util.List<Notification> openMessages() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).toList();
    }
}
