package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.ModerationService;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * Moderators promote one or more mature ideas to an experimental project: they choose the ideas from the review
 * queue, describe the project, and write the public answer the ideas will carry.
 */
@Route("projects/new")
@RolesAllowed({"MODERATOR", "ADMINISTRATOR"})
class PromoteView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Grid<IdeaCard> ideas = new Grid<>();
    private final ProjectFields fields;
    private final TextArea answer = new TextArea();
    private final List<IdeaCard> queue;

    PromoteView(ModerationService moderation, ProjectService projects, TerritoryService territories) {
        addClassName("sc-page");
        fields = new ProjectFields(territories);
        queue = moderation.reviewQueue();
        add(new H1(getTranslation("promote.title")), new Paragraph(getTranslation("promote.intro")),
                new H2(getTranslation("promote.ideas")));
        ideas.setId("promote-ideas-grid");
        ReadableGrid.wrap(ideas);
        ideas.setAriaLabel(getTranslation("promote.ideas"));
        ideas.setSelectionMode(Grid.SelectionMode.MULTI);
        ideas.addColumn(IdeaCard::title).setHeader(getTranslation("ideas.column.title")).setFlexGrow(1);
        ideas.addColumn(card -> getTranslation(card.state().labelKey())).setHeader(getTranslation("ideas.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        ideas.addColumn(IdeaCard::supportCount).setHeader(getTranslation("ideas.column.supports")).setAutoWidth(true)
                .setFlexGrow(0);
        ideas.setItems(queue);
        ideas.setAllRowsVisible(true);
        ideas.asMultiSelect().addSelectionListener(selection -> selection.getAllSelectedItems().stream()
                .min(Comparator.comparingLong(IdeaCard::id))
                .ifPresent(first -> fields.prefill(first.title(), first.territoryId(), first.themeId())));
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("promote.empty")));
        }
        answer.setLabel(getTranslation("promote.answer"));
        answer.setHelperText(getTranslation("promote.answerHelp"));
        answer.setValue(getTranslation("promote.answerDefault"));
        answer.setMaxLength(5000);
        answer.setWidthFull();
        answer.setId("promote-answer");
        answer.setRequiredIndicatorVisible(true);
        Button create = new Button(getTranslation("promote.create"), click -> {
            try {
                long id = projects.promote(ideas.getSelectedItems().stream().map(IdeaCard::id).sorted().toList(),
                        fields.read(), answer.getValue());
                Notifications.success(getTranslation("promote.created"));
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class, id));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("promote-create");
        add(ideas, new H2(getTranslation("promote.project")), fields, answer, create);
    }

    /** {@code ?idea=ID} preselects that idea, as the button on an idea's page asks. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("idea").ifPresent(value -> {
            try {
                long wanted = Long.parseLong(value);
                queue.stream().filter(card -> card.id() == wanted).findFirst().ifPresent(ideas::select);
            } catch (NumberFormatException ignored) {
                // An address typed by hand: nothing to preselect.
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promote.title") + " | " + getTranslation("app.name");
    }
}
