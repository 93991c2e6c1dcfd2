package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Staff tables whose cells are never cut: long text wraps onto more lines instead of ending in "…", so every
 * value can be read whole at any width, a phone's included.
 */
public final class ReadableGrid {

    /** The theme a wrapping grid carries; tests look for it. */
    public static final String WRAP_THEME = "wrap-cell-content";

    private ReadableGrid() {
    }

    public static <T> Grid<T> wrap(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("sc-readable-grid");
        return grid;
    }
}
