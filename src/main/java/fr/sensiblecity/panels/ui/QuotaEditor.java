package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.panels.QuotaLine;
import java.util.ArrayList;
import java.util.List;

/** The categories and quotas of a panel, one editable line per feature: category, feature, min, max. */
class QuotaEditor extends VerticalLayout {

    private final VerticalLayout lines = new VerticalLayout();
    private final List<Line> rows = new ArrayList<>();

    QuotaEditor() {
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        Button add = new Button(getTranslation("panelForm.addQuota"), click -> addLine(new QuotaLine("", "", 0, 0)));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId("add-quota");
        add(lines, add);
    }

    void setLines(List<QuotaLine> quotas) {
        lines.removeAll();
        rows.clear();
        quotas.forEach(this::addLine);
    }

    List<QuotaLine> lines() {
        return rows.stream().map(row -> new QuotaLine(row.category.getValue().strip(), row.feature.getValue().strip(),
                row.min.getValue() == null ? -1 : row.min.getValue(), row.max.getValue() == null ? -1 : row.max.getValue()))
                .toList();
    }

    private void addLine(QuotaLine quota) {
        Line row = new Line(quota);
        rows.add(row);
        lines.add(row.layout);
    }

    private final class Line {
        final TextField category = new TextField(getTranslation("panelForm.category"));
        final TextField feature = new TextField(getTranslation("panelForm.feature"));
        final IntegerField min = new IntegerField(getTranslation("panelForm.min"));
        final IntegerField max = new IntegerField(getTranslation("panelForm.max"));
        final HorizontalLayout layout = new HorizontalLayout();

        Line(QuotaLine quota) {
            category.setValue(quota.category());
            feature.setValue(quota.feature());
            min.setValue(quota.min());
            max.setValue(quota.max());
            min.setWidth("6rem");
            max.setWidth("6rem");
            category.setMaxLength(60);
            feature.setMaxLength(60);
            Button remove = new Button(getTranslation("panelForm.removeQuota"), click -> {
                rows.remove(this);
                lines.remove(layout);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            layout.add(category, feature, min, max, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("sc-quota-line");
        }
    }
}
