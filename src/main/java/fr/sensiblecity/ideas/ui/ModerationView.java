package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.ContentType;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.ModerationService;
import fr.sensiblecity.ideas.ReportedContent;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;

/** The moderators' queue: reported content to hide or restore, and mature ideas to review and answer. */
@Route("moderation")
@RolesAllowed({"MODERATOR", "ADMINISTRATOR"})
class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final Grid<ReportedContent> reported = new Grid<>();
    private final Grid<IdeaCard> review = new Grid<>();

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("sc-page");
        add(new H1(getTranslation("moderation.title")));

        reported.setId("report-queue");
        reported.setAriaLabel(getTranslation("moderation.reports"));
        reported.addComponentColumn(item -> ideaLink(item.ideaId(), item.excerpt()))
                .setHeader(getTranslation("moderation.content")).setFlexGrow(3);
        reported.addColumn(item -> getTranslation("moderation.type." + item.type().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("moderation.type"));
        reported.addColumn(ReportedContent::reports).setHeader(getTranslation("moderation.reportCount"));
        reported.addColumn(item -> String.join(" · ", item.reasons())).setHeader(getTranslation("moderation.reasons"))
                .setFlexGrow(2);
        reported.addComponentColumn(this::reportActions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        reported.setAllRowsVisible(true);

        review.setId("review-queue");
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
        String shown = text.length() > 140 ? text.substring(0, 140) + "…" : text;
        return new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaView.class, ideaId), shown);
    }

    private HorizontalLayout reportActions(ReportedContent item) {
        ContentType type = item.type();
        Button hide = action("moderation.hide", "moderation.hideTitle", "moderation.publicReason", 500,
                reason -> moderation.hide(type, item.targetId(), reason));
        Button restore = action(item.hidden() ? "moderation.restore" : "moderation.dismiss", "moderation.restoreTitle",
                "moderation.publicReason", 500, reason -> {
                    if (item.hidden()) {
                        moderation.restore(type, item.targetId(), reason);
                    } else {
                        moderation.dismissReports(type, item.targetId(), reason);
                    }
                });
        hide.setEnabled(!item.hidden());
        String target = type.name().toLowerCase(java.util.Locale.ROOT) + "-" + item.targetId();
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
        reported.setItems(moderation.reportQueue());
        review.setItems(moderation.reviewQueue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " | " + getTranslation("app.name");
    }
}
