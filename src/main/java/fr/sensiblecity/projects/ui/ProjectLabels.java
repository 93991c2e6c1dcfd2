package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.ThemeSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What project pages share: theme names read once per page, euros in the reader's locale, labelled progress bars. */
final class ProjectLabels {

    private final Map<Long, ThemeSummary> themes;
    private final Locale locale;

    ProjectLabels(TerritoryService territories, Locale locale) {
        this.themes = territories.listThemes().stream().collect(Collectors.toMap(ThemeSummary::id, Function.identity()));
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String theme(long id) {
        ThemeSummary theme = themes.get(id);
        return theme == null ? "" : theme.label(locale);
    }

    String themes(List<Long> ids) {
        return ids.stream().map(this::theme).collect(Collectors.joining(", "));
    }

    String euros(BigDecimal amount) {
        return Amounts.format(amount, locale);
    }

    /** A progress bar with its percentage written next to it and given as its accessible name. */
    static Component progress(int percent, String name, String id) {
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, Math.max(0, percent)));
        bar.getElement().setAttribute("aria-label", name);
        bar.addClassName("sc-progress-bar");
        Span value = new Span(percent + " %");
        value.addClassName("sc-progress-value");
        Div row = new Div(bar, value);
        row.addClassName("sc-progress");
        row.setId(id);
        return row;
    }
}
