package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.sensiblecity.projects.EligibilityResult;
import fr.sensiblecity.projects.Programme;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A recorded eligibility check in words: the verdict, then one sentence per rule saying why. */
final class EligibilitySentences {

    private EligibilitySentences() {
    }

    static Component describe(Component in, EligibilityResult result, Programme programme, ProjectLabels labels) {
        Locale locale = labels.locale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.of("Europe/Paris"));
        H3 title = new H3(programme.name(locale));
        Paragraph verdict = new Paragraph(in.getTranslation(result.eligible() ? "eligibility.eligible"
                : "eligibility.notEligible", dates.format(result.checkedAt())));
        verdict.addClassName(result.eligible() ? "sc-eligible" : "sc-not-eligible");
        UnorderedList reasons = new UnorderedList();
        for (EligibilityResult.Reason reason : result.reasons()) {
            reasons.add(new ListItem(sentence(in, reason, programme, labels)));
        }
        Div block = new Div(title, verdict, reasons);
        block.addClassName("sc-eligibility");
        block.setId("eligibility-" + result.id());
        return block;
    }

    private static String sentence(Component in, EligibilityResult.Reason reason, Programme programme,
            ProjectLabels labels) {
        String mark = in.getTranslation(reason.passed() ? "eligibility.passed" : "eligibility.failed");
        NumberFormat numbers = NumberFormat.getIntegerInstance(labels.locale());
        String text = switch (reason.rule()) {
            case POPULATION -> in.getTranslation(reason.passed() ? "eligibility.population.pass"
                    : "eligibility.population.fail", numbers.format(Long.parseLong(reason.found())),
                    numbers.format(Long.parseLong(reason.required())));
            case RURAL -> in.getTranslation(reason.passed() ? "eligibility.rural.pass" : "eligibility.rural.fail");
            case THEMES -> in.getTranslation(reason.passed() ? "eligibility.themes.pass" : "eligibility.themes.fail",
                    themes(reason.found(), labels), themes(reason.required(), labels));
            case CRITERION -> in.getTranslation(reason.passed() ? "eligibility.criterion.pass"
                    : "eligibility.criterion.fail", programme.criterion(reason.criterionId()).map(criterion -> criterion.text(labels.locale())).orElse(""));
        };
        return mark + " – " + text;
    }

    private static String themes(String ids, ProjectLabels labels) {
        return Arrays.stream(ids.split(",")).filter(id -> !id.isBlank()).map(id -> labels.theme(Long.parseLong(id)))
                .collect(Collectors.joining(", "));
    }
}
