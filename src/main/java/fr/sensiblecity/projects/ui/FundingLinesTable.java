package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import fr.sensiblecity.projects.FundingPlan;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A funding plan's lines: source, type, amount in the reader's locale, status. */
final class FundingLinesTable {

    private FundingLinesTable() {
    }

    static Grid<FundingPlan.Line> of(Component in, List<FundingPlan.Line> lines, ProjectLabels labels) {
        return withActions(in, lines, labels, null);
    }

    static Grid<FundingPlan.Line> withActions(Component in, List<FundingPlan.Line> lines, ProjectLabels labels,
            @Nullable Function<FundingPlan.Line, Component> actions) {
        Grid<FundingPlan.Line> grid = new Grid<>();
        grid.setId("funding-lines");
        ReadableGrid.wrap(grid);
        grid.setAriaLabel(in.getTranslation("funding.lines"));
        grid.addColumn(FundingPlan.Line::sourceName).setHeader(in.getTranslation("funding.source")).setFlexGrow(1)
                .setWidth("14rem");
        grid.addColumn(line -> in.getTranslation(line.sourceType().labelKey()))
                .setHeader(in.getTranslation("funding.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> labels.euros(line.amount())).setHeader(in.getTranslation("funding.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> in.getTranslation(line.status().labelKey()))
                .setHeader(in.getTranslation("funding.status")).setAutoWidth(true).setFlexGrow(0);
        if (actions != null) {
            grid.addComponentColumn(actions::apply).setHeader(in.getTranslation("moderation.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }
}
