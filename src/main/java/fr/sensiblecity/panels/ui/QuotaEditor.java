package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.panels.QuotaLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The categories and quotas of a panel, one editable line per feature: category, feature, min, max. */
class QuotaEditor extends LineEditor<QuotaLine> {

    QuotaEditor() {
        super("panelForm.addQuota", "add-quota", "panelForm.removeQuota", "sc-quota-line");
    }

    @Override
    Line<QuotaLine> line(@Nullable QuotaLine shown) {
        QuotaLine quota = shown == null ? new QuotaLine("", "", 0, 0) : shown;
        TextField category = new TextField(getTranslation("panelForm.category"));
        TextField feature = new TextField(getTranslation("panelForm.feature"));
        IntegerField min = new IntegerField(getTranslation("panelForm.min"));
        IntegerField max = new IntegerField(getTranslation("panelForm.max"));
        category.setRequiredIndicatorVisible(true);
        feature.setRequiredIndicatorVisible(true);
        min.setRequiredIndicatorVisible(true);
        max.setRequiredIndicatorVisible(true);
        category.setValue(quota.category());
        feature.setValue(quota.feature());
        min.setValue(quota.min());
        max.setValue(quota.max());
        min.setWidth("6rem");
        max.setWidth("6rem");
        category.setMaxLength(60);
        feature.setMaxLength(60);
        return new Line<>() {
            @Override
            public List<Component> fields() {
                return List.of(category, feature, min, max);
            }

            @Override
            public QuotaLine value() {
                return new QuotaLine(category.getValue().strip(), feature.getValue().strip(),
                        min.getValue() == null ? -1 : min.getValue(), max.getValue() == null ? -1 : max.getValue());
            }
        };
    }
}
