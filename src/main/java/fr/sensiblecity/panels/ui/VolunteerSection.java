package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PoolEntry;
import fr.sensiblecity.panels.VolunteerService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Volunteering during recruitment: one choice per category of the panel (an age band, a district; never a
 * birth date or an address) and consent. A resident who volunteered sees their own declaration, may change it,
 * and may withdraw until the draw.
 */
class VolunteerSection extends VerticalLayout {

    VolunteerSection(VolunteerService volunteering, DrawService draws, PanelDetails panel, boolean signedIn,
            Runnable refresh) {
        setPadding(false);
        setId("volunteer-section");
        add(new H2(getTranslation("panel.volunteer.title")));
        add(new Paragraph(getTranslation("panel.volunteer.pool", volunteering.poolSize(panel.id()))));
        boolean frozen = draws.anyPublished(panel.id());
        if (frozen) {
            add(new Paragraph(getTranslation("panel.volunteer.frozen")));
        }
        if (!signedIn) {
            Anchor signIn = new Anchor("login", getTranslation("panel.volunteer.signIn"));
            signIn.setId("volunteer-sign-in");
            add(signIn);
            return;
        }
        Optional<PoolEntry> mine = volunteering.myDeclaration(panel.id());
        mine.ifPresent(entry -> {
            Paragraph declared = new Paragraph(getTranslation("panel.volunteer.declared", PanelText.features(this, entry.features()),
                    entry.poolId()));
            declared.setId("my-declaration");
            add(declared);
            draws.publishedProbability(panel.id(), entry.poolId()).ifPresent(probability -> add(new Paragraph(
                    getTranslation("panel.volunteer.probability", String.format(getLocale(), "%.4f", probability)))));
        });
        if (frozen) {
            return;
        }
        add(new Paragraph(getTranslation("panel.volunteer.why")));
        Map<String, Select<String>> choices = new LinkedHashMap<>();
        panel.categories().forEach((category, features) -> {
            Select<String> choice = new Select<>();
            choice.setLabel(PanelText.census(this, category));
            choice.setItems(features);
            choice.setItemLabelGenerator(feature -> feature == null ? "" : PanelText.census(this, feature));
            choice.setId("volunteer-category-" + choices.size());
            mine.map(entry -> entry.features().get(category)).ifPresent(choice::setValue);
            choices.put(category, choice);
            add(choice);
        });
        Checkbox consent = new Checkbox(getTranslation("panel.volunteer.consent"));
        consent.setId("volunteer-consent");
        consent.setValue(mine.isPresent());
        Button join = new Button(getTranslation(mine.isPresent() ? "panel.volunteer.update" : "panel.volunteer.join"),
                click -> {
                    Map<String, String> declared = new LinkedHashMap<>();
                    choices.forEach((category, choice) -> {
                        if (choice.getValue() != null) {
                            declared.put(category, choice.getValue());
                        }
                    });
                    try {
                        volunteering.volunteer(panel.id(), declared, consent.getValue());
                        Notifications.success(getTranslation("panel.volunteer.done"));
                        refresh.run();
                    } catch (DomainException refused) {
                        Notifications.refused(refused);
                    }
                });
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.setId("volunteer-button");
        HorizontalLayout actions = new HorizontalLayout(join);
        if (mine.isPresent()) {
            Button withdraw = new Button(getTranslation("panel.volunteer.withdraw"), click -> {
                try {
                    volunteering.withdraw(panel.id());
                    Notifications.success(getTranslation("panel.volunteer.withdrawn"));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            withdraw.setId("withdraw-volunteering");
            actions.add(withdraw);
        }
        add(consent, actions);
    }

}
