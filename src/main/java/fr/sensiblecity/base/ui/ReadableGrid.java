package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Staff tables whose cells are never cut: long text wraps onto more lines instead of ending in "…", and columns
 * keep a readable width, so every value can be read whole at any width, a phone's included.
 */
public final class ReadableGrid {

    /** The theme a wrapping grid carries; tests look for it. */
    public static final String WRAP_THEME = "wrap-cell-content";

    static final String MIN_COLUMN_WIDTH = "8rem";

    private ReadableGrid() {
    }

    public static <T> Grid<T> wrap(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("sc-readable-grid");
        // A column left to shrink would end in "…" on a phone: below this width the grid scrolls inside itself
        // instead, and the page itself never scrolls sideways.
        grid.addAttachListener(attached -> grid.getColumns().stream()
                .filter(column -> column.getWidth() == null && !column.isAutoWidth())
                .forEach(column -> column.setWidth(MIN_COLUMN_WIDTH)));
        return grid;
    }
}
