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
import fr.sensiblecity.panels.PanelPhase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
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
}
