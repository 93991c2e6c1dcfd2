package fr.sensiblecity.thresholds.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdRefused;
import fr.sensiblecity.thresholds.ThresholdService;
import fr.sensiblecity.thresholds.ThresholdValue;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Administrators change the platform's thresholds, grouped by what they govern; each field says its default (the
 * operator's YAML setting) and what it accepts. Saving checks every field first and changes nothing if one is
 * refused, marking it.
 */
@Route("admin/thresholds")
@RolesAllowed("ADMINISTRATOR")
class ThresholdsView extends VerticalLayout implements HasDynamicTitle {

    private final ThresholdService service;
    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    private final VerticalLayout form = new VerticalLayout();

    ThresholdsView(ThresholdService service) {
        this.service = service;
        addClassName("sc-page");
        form.setPadding(false);
        Button save = new Button(getTranslation("thresholds.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("thresholds-save");
        add(new H1(getTranslation("thresholds.title")), new Paragraph(getTranslation("thresholds.intro")), form, save);
        build();
    }

    private void build() {
        form.removeAll();
        fields.clear();
        String group = null;
        for (ThresholdValue current : service.current()) {
            Threshold threshold = current.threshold();
            if (!threshold.group().equals(group)) {
                group = threshold.group();
                form.add(new H2(getTranslation("threshold.group." + group)));
            }
            AbstractField<?, ?> field = field(threshold, current.value());
            field.setId("threshold-" + threshold.key().replace('.', '-'));
            fields.put(threshold.key(), field);
            form.add(field);
        }
    }

    private AbstractField<?, ?> field(Threshold threshold, String value) {
        String label = getTranslation(threshold.labelKey());
        String help = getTranslation("thresholds.default", shown(threshold, threshold.defaultValue()))
                + (threshold.min() == null || threshold.max() == null || threshold.kind() == Threshold.Kind.TEXT ? ""
                        : " · " + getTranslation("thresholds.bounds", threshold.min().toPlainString(),
                                threshold.max().toPlainString()));
        return switch (threshold.kind()) {
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(threshold.choices());
                select.setItemLabelGenerator(choice -> getTranslation("threshold.choice." + choice));
                select.setValue(value);
                select.setHelperText(help);
                yield select;
            }
            case FLAG -> {
                Checkbox checkbox = new Checkbox(label, Boolean.parseBoolean(value));
                checkbox.setHelperText(help);
                yield checkbox;
            }
            case LINES -> {
                TextArea area = new TextArea(label);
                area.setValue(value);
                area.setWidthFull();
                area.setHelperText(getTranslation(threshold.labelKey() + ".help"));
                yield area;
            }
            default -> {
                TextField text = new TextField(label);
                text.setValue(value);
                text.setHelperText(help);
                text.setRequiredIndicatorVisible(threshold.kind() != Threshold.Kind.TEXT);
                // Full width on a phone, so that long labels are not cut off; a comfortable width on a desktop.
                text.setWidthFull();
                text.setMaxWidth(threshold.kind() == Threshold.Kind.TEXT ? "60em" : "32em");
                yield text;
            }
        };
    }

    private String shown(Threshold threshold, String value) {
        return switch (threshold.kind()) {
            case CHOICE -> getTranslation("threshold.choice." + value);
            case FLAG -> getTranslation(Boolean.parseBoolean(value) ? "thresholds.yes" : "thresholds.no");
            default -> value;
        };
    }

    private void save() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
            typed.put(key, Objects.toString(field.getValue(), ""));
        });
        try {
            int changed = service.change(typed);
            Notifications.success(getTranslation("thresholds.saved", changed));
            build();
        } catch (ThresholdRefused refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            Component field = fields.get(refused.thresholdKey());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            }
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            Notifications.error(getTranslation("thresholds.refused", getTranslation(fields.containsKey(
                    refused.thresholdKey()) ? "threshold." + refused.thresholdKey() : "thresholds.title"), message));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("thresholds.title") + " | " + getTranslation("app.name");
    }
}
