package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.ModerationService;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.LinkScreening;
import fr.sensiblecity.moderation.ReportedContent;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The moderators' queue: reported texts of every kind (ideas, comments, consultation and amendment comments), each
 * linked to where it is read, to hide or restore; and mature ideas to review and answer.
 */
@Route("moderation")
@RolesAllowed({"MODERATOR", "ADMINISTRATOR"})
class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHORT = 140;

    private final ModerationService moderation;
    private final ContentModerationService content;
    private final Grid<ReportedContent> reported = new Grid<>();
    private final Grid<IdeaCard> review = new Grid<>();

    ModerationView(ModerationService moderation, ContentModerationService content) {
        this.moderation = moderation;
        this.content = content;
        addClassName("sc-page");
        add(new H1(getTranslation("moderation.title")));

        reported.setId("report-queue");

        ReadableGrid.wrap(reported);
        reported.setAriaLabel(getTranslation("moderation.reports"));
        reported.addComponentColumn(this::content).setHeader(getTranslation("moderation.content")).setFlexGrow(3);
        // A long comment is shortened in its row; the details row under it shows it whole.
        reported.setItemDetailsRenderer(new ComponentRenderer<>(item -> {
            Paragraph whole = new Paragraph(item.excerpt());
            whole.addClassName("sc-staff-whole-text");
            return whole;
        }));
        reported.setDetailsVisibleOnClick(false);
        // Wide enough for "Commentaire de consultation" to wrap between words, not inside them, on a phone.
        reported.addColumn(item -> getTranslation(item.type().labelKey()))
                .setHeader(getTranslation("moderation.type")).setWidth("9.5rem").setFlexGrow(0);
        reported.addColumn(ReportedContent::reports).setHeader(getTranslation("moderation.reportCount"));
        reported.addColumn(item -> String.join(" · ", item.reasons().stream().map(reason ->
                LinkScreening.MANY_LINKS.equals(reason) ? getTranslation("moderation.manyLinks") : reason).toList()))
                .setHeader(getTranslation("moderation.reasons"))
                .setFlexGrow(2);
        reported.addComponentColumn(this::reportActions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        reported.setAllRowsVisible(true);

        review.setId("review-queue");

        ReadableGrid.wrap(review);
        review.setAriaLabel(getTranslation("moderation.review"));
        review.addComponentColumn(card -> ideaLink(card.id(), card.title())).setHeader(getTranslation("ideas.column.title"))
                .setFlexGrow(3);
        review.addColumn(card -> getTranslation(card.state().labelKey())).setHeader(getTranslation("ideas.column.state"));
        review.addColumn(IdeaCard::supportCount).setHeader(getTranslation("ideas.column.supports"));
        review.addComponentColumn(this::reviewActions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        review.setAllRowsVisible(true);

        add(new H2(getTranslation("moderation.reports")), reported, new H2(getTranslation("moderation.review")), review);
        refresh();
    }

    private Anchor ideaLink(long ideaId, String text) {
        return new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaView.class, ideaId), shortened(text));
    }

    private Div content(ReportedContent item) {
        Anchor inContext = new Anchor(item.link(), shortened(item.excerpt()));
        inContext.setId("open-" + target(item));
        Div content = new Div(inContext);
        if (item.excerpt().length() > SHORT) {
            Button whole = new Button(getTranslation("moderation.readWhole"),
                    click -> reported.setDetailsVisible(item, !reported.isDetailsVisible(item)));
            whole.setAriaLabel(getTranslation("moderation.readWholeOf", named(item.excerpt())));
            whole.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            whole.setId("whole-" + target(item));
            content.add(whole);
        }
        return content;
    }

    /** The row's part of its buttons' ids, such as {@code comment-12} or {@code consultation_comment-3}. */
    private static String target(ReportedContent item) {
        return item.type().key().toLowerCase(Locale.ROOT) + "-" + item.targetId();
    }

    private static String shortened(String text) {
        return text.length() > SHORT ? text.substring(0, SHORT) + "…" : text;
    }

    /** What a row's buttons are named after for a screen reader: short enough to be heard whole. */
    static String named(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private HorizontalLayout reportActions(ReportedContent item) {
        ContentKind type = item.type();
        Button hide = action("moderation.hide", "moderation.hideTitle", "moderation.publicReason", 500,
                reason -> content.hide(type, item.targetId(), reason));
        Button restore = action(item.hidden() ? "moderation.restore" : "moderation.dismiss", "moderation.restoreTitle",
                "moderation.publicReason", 500, reason -> {
                    if (item.hidden()) {
                        content.restore(type, item.targetId(), reason);
                    } else {
                        content.dismissReports(type, item.targetId(), reason);
                    }
                });
        // A comment held for its links is hidden already; hiding it refuses it with a public reason.
        boolean held = item.reasons().contains(LinkScreening.MANY_LINKS);
        hide.setEnabled(!item.hidden() || held);
        if (held) {
            restore.setText(getTranslation("moderation.approve"));
        }
        String name = named(item.excerpt());
        hide.setAriaLabel(getTranslation("moderation.hideOf", name));
        restore.setAriaLabel(getTranslation(held ? "moderation.approveOf" : item.hidden() ? "moderation.restoreOf"
                : "moderation.dismissOf", name));
        String target = target(item);
        hide.setId("hide-" + target);
        restore.setId("restore-" + target);
        return new HorizontalLayout(hide, restore);
    }

    private HorizontalLayout reviewActions(IdeaCard card) {
        Button start = action("moderation.startReview", "moderation.startReviewTitle", "moderation.note", 500,
                note -> moderation.startReview(card.id(), note));
        start.setEnabled(card.state() == fr.sensiblecity.ideas.IdeaState.MATURE);
        Button reject = action("moderation.reject", "moderation.rejectTitle", "moderation.answer", 5000,
                answer -> moderation.reject(card.id(), answer));
        Button merge = new Button(getTranslation("moderation.merge"), click -> new MergeDialog(card, (into, answer) -> {
            moderation.merge(card.id(), into, answer);
            done();
        }).open());
        merge.addThemeVariants(ButtonVariant.SMALL);
        String name = named(card.title());
        start.setAriaLabel(getTranslation("moderation.startReviewOf", name));
        reject.setAriaLabel(getTranslation("moderation.rejectOf", name));
        merge.setAriaLabel(getTranslation("moderation.mergeOf", name));
        return new HorizontalLayout(start, reject, merge);
    }

    private Button action(String labelKey, String titleKey, String fieldKey, int max, Consumer<String> run) {
        Button button = new Button(getTranslation(labelKey), click -> new ReasonDialog(getTranslation(titleKey),
                getTranslation(fieldKey), max, text -> {
                    run.accept(text);
                    done();
                }).open());
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private void done() {
        Notifications.success(getTranslation("moderation.done"));
        refresh();
    }

    private void refresh() {
        reported.setItems(content.reportQueue());
        review.setItems(moderation.reviewQueue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " | " + getTranslation("app.name");
    }
}
