package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Editable lines of a panel's form, each with its own remove button, and a button that adds an empty line. */
abstract class LineEditor<T> extends VerticalLayout {

    /** The fields of one line, and what they say. */
    interface Line<T> {

        List<Component> fields();

        T value();
    }

    private final VerticalLayout lines = new VerticalLayout();
    private final List<Line<T>> rows = new ArrayList<>();
    private final String removeKey;
    private final String lineClass;

    LineEditor(String addKey, String addId, String removeKey, String lineClass) {
        this.removeKey = removeKey;
        this.lineClass = lineClass;
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        Button add = new Button(getTranslation(addKey), click -> addLine(null));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId(addId);
        add(lines, add);
    }

    /** The fields of a line showing {@code value}, or empty ones for a new line. */
    abstract Line<T> line(@Nullable T value);

    final void setLines(List<T> values) {
        lines.removeAll();
        rows.clear();
        values.forEach(this::addLine);
    }

    final List<T> lines() {
        return rows.stream().map(Line::value).toList();
    }

    private void addLine(@Nullable T value) {
        Line<T> row = line(value);
        HorizontalLayout layout = new HorizontalLayout();
        Button remove = new Button(getTranslation(removeKey), click -> {
            rows.remove(row);
            lines.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        row.fields().forEach(layout::add);
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.addClassName(lineClass);
        rows.add(row);
        lines.add(layout);
    }
}
