package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.projects.Label;
import fr.sensiblecity.projects.LabelService;
import fr.sensiblecity.projects.LabelTarget;
import fr.sensiblecity.projects.ProjectCard;
import fr.sensiblecity.projects.ProjectQuery;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Administrators create labels such as "Territoire French Impact" and award them to territories and projects. */
@Route("admin/labels")
@RolesAllowed("ADMINISTRATOR")
class LabelsView extends VerticalLayout implements HasDynamicTitle {

    private final LabelService labels;
    private final Grid<Label.Award> awards = new Grid<>();
    private final Select<Label> label = new Select<>();
    private final Map<Long, String> territoryNames;
    private final Map<Long, String> projectNames;

    LabelsView(LabelService labels, TerritoryService territories, ProjectService projects) {
        this.labels = labels;
        addClassName("sc-page");
        territoryNames = territories.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::id, TerritorySummary::name));
        projectNames = projects.browse(ProjectQuery.all(), 0, ProjectService.PAGE_MAX).stream()
                .collect(Collectors.toMap(ProjectCard::id, ProjectCard::title));

        TextField name = new TextField(getTranslation("labels.name"));
        name.setMaxLength(80);
        name.setId("label-name");
        name.setRequiredIndicatorVisible(true);
        TextField details = new TextField(getTranslation("labels.details"));
        details.setMaxLength(500);
        details.setId("label-details");
        Button create = new Button(getTranslation("labels.create"), click -> run(() -> {
            labels.createLabel(name.getValue(), details.getValue());
            name.clear();
            details.clear();
        }));
        create.setId("create-label");

        label.setLabel(getTranslation("labels.label"));
        label.setItemLabelGenerator(item -> item == null ? "" : item.name());
        label.setId("award-label");
        Select<LabelTarget> type = new Select<>();
        type.setLabel(getTranslation("labels.targetType"));
        type.setItems(LabelTarget.values());
        type.setItemLabelGenerator(item -> item == null ? "" : getTranslation("labels.target." + item.name()));
        type.setId("award-type");
        Select<Long> target = new Select<>();
        target.setLabel(getTranslation("labels.target"));
        target.setId("award-target");
        target.setItemLabelGenerator(id -> id == null ? "" : name(type.getValue(), id));
        type.addValueChangeListener(change -> target.setItems(change.getValue() == LabelTarget.PROJECT
                ? projectNames.keySet() : territoryNames.keySet()));
        type.setValue(LabelTarget.TERRITORY);
        Button award = new Button(getTranslation("labels.award"), click -> run(() -> {
            if (label.getValue() == null || type.getValue() == null || target.getValue() == null) {
                throw new DomainException("label.error.choose");
            }
            labels.award(label.getValue().id(), type.getValue(), target.getValue());
        }));
        award.addThemeVariants(ButtonVariant.PRIMARY);
        award.setId("award-button");

        awards.setId("awards-grid");

        ReadableGrid.wrap(awards);
        awards.setAriaLabel(getTranslation("labels.awards"));
        awards.addColumn(Label.Award::labelName).setHeader(getTranslation("labels.label")).setFlexGrow(1);
        awards.addColumn(item -> getTranslation(item.targetType().labelKey()))
                .setHeader(getTranslation("labels.targetType")).setAutoWidth(true);
        awards.addColumn(item -> name(item.targetType(), item.targetId())).setHeader(getTranslation("labels.target"))
                .setFlexGrow(1);
        awards.addComponentColumn(item -> {
            Button revoke = new Button(getTranslation("labels.revoke"), click -> run(() ->
                    labels.revoke(item.labelId(), item.targetType(), item.targetId())));
            revoke.setAriaLabel(getTranslation("labels.revokeOf", item.labelName(), name(item.targetType(), item.targetId())));
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return revoke;
        }).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        awards.setAllRowsVisible(true);

        add(new H1(getTranslation("labels.title")), new H2(getTranslation("labels.awards")), awards,
                new H2(getTranslation("labels.awardTitle")), row(new FlexLayout(label, type, target, award)),
                new H2(getTranslation("labels.createTitle")), row(new FlexLayout(name, details, create)));
        refresh();
    }

    private String name(LabelTarget type, long id) {
        Map<Long, String> names = type == LabelTarget.PROJECT ? projectNames : territoryNames;
        return names.getOrDefault(id, "#" + id);
    }

    private static FlexLayout row(FlexLayout row) {
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("sc-filters");
        return row;
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("labels.done"));
            refresh();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void refresh() {
        Label chosen = label.getValue();
        label.setItems(labels.listLabels());
        if (chosen != null) {
            label.setValue(chosen);
        }
        awards.setItems(labels.listAwards());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("labels.title") + " | " + getTranslation("app.name");
    }
}
