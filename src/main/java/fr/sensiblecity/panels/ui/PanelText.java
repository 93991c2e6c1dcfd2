package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.RelaxationNeeded;
import fr.sensiblecity.panels.sortition.QuotaChange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Labels and dates as the panels' pages show them, in the reader's language. */
final class PanelText {

    static final ZoneId TERRITORY_TIME = ZoneId.of("Europe/Paris");

    private PanelText() {
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    /** A quota category or feature in the reader's language when the platform proposed it. */
    static String census(Component where, String word) {
        return fr.sensiblecity.panels.CensusWords.labelKey(word).map(where::getTranslation).orElse(word);
    }

    /** Declared features, "category: feature, ...", in the reader's language where the platform proposed them. */
    static String features(Component where, Map<String, String> features) {
        return features.entrySet().stream()
                .map(entry -> where.getTranslation("panel.featurePair", census(where, entry.getKey()),
                        census(where, entry.getValue())))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static String phase(Component where, PanelPhase phase) {
        return where.getTranslation("panel.phase." + phase.name().toLowerCase(Locale.ROOT));
    }

    static Span phaseBadge(Component where, PanelPhase phase) {
        Span badge = new Span(phase(where, phase));
        badge.addClassName("sc-badge");
        return badge;
    }

    /** A link that downloads generated text, e.g. a CSV file. */
    static Anchor download(String fileName, String contentType, Supplier<String> content, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), label);
        anchor.setDownload(true);
        return anchor;
    }

    static String date(Component where, @Nullable LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
                .format(date);
    }

    static String dateTime(Component where, TemporalAccessor when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(TERRITORY_TIME).format(when);
    }

    /** A refusal in the reader's language, including the quota changes a draw would need. */
    static void refused(Component where, DomainException refusal) {
        if (refusal instanceof RelaxationNeeded relaxation) {
            Notifications.error(where.getTranslation(RelaxationNeeded.MESSAGE_KEY, relaxation.seats(),
                    relaxation.amount(), relaxation.changes().stream().map(change -> change(where, change))
                            .collect(Collectors.joining("; "))));
        } else {
            Notifications.refused(refusal);
        }
    }

    private static String change(Component where, QuotaChange change) {
        String category = change.quota().category().name();
        String feature = change.quota().feature().value();
        boolean min = change.suggestedMin() != change.quota().min();
        boolean max = change.suggestedMax() != change.quota().max();
        if (min && max) {
            return where.getTranslation("panel.relax.minAndMax", category, feature, change.quota().min(),
                    change.suggestedMin(), change.quota().max(), change.suggestedMax());
        }
        return min ? where.getTranslation("panel.relax.min", category, feature, change.quota().min(),
                change.suggestedMin())
                : where.getTranslation("panel.relax.max", category, feature, change.quota().max(), change.suggestedMax());
    }
}
