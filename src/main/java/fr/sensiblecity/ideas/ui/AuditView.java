package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.ideas.AuditPage;
import fr.sensiblecity.ideas.ModerationService;
import fr.sensiblecity.residents.ResidentService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Administrators read the moderation audit trail and see whether its hash chain still holds. */
@Route("admin/audit")
@RolesAllowed("ADMINISTRATOR")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int ALL_ROWS_UP_TO = 30;

    AuditView(ModerationService moderation, ResidentService residents) {
        addClassName("sc-page");
        AuditPage page = moderation.auditTrail(0, 500);
        Paragraph status = new Paragraph(getTranslation(page.chainIntact() ? "audit.intact" : "audit.broken", page.head()));
        status.setId("audit-status");
        status.addClassNames("sc-notice", "sc-audit-status");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        ReadableGrid.wrap(grid);
        grid.setAriaLabel(getTranslation("audit.title"));
        Map<Long, String> names = residents.displayNamesOf(page.entries().stream().map(AuditEntry::actorId)
                .filter(Objects::nonNull).toList());
        AuditSentences sentences = new AuditSentences(this, getLocale());
        // Two columns that each stack their lines, so that a phone shows every word of an entry without a cut.
        grid.addComponentColumn(entry -> lines(
                line(getTranslation("audit.number", entry.seq()), "sc-audit-number"),
                line(dates.format(entry.at()), null),
                line(entry.actorId() == null ? getTranslation("audit.platform")
                        : names.getOrDefault(entry.actorId(), getTranslation("idea.formerResident")), null)))
                .setHeader(getTranslation("audit.whenWho")).setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(entry -> lines(line(sentences.what(entry), "sc-audit-what"),
                line(sentences.details(entry), null)))
                .setHeader(getTranslation("audit.whatWhy")).setWidth("12rem").setFlexGrow(3);
        grid.setItems(page.entries());
        // A short trail takes only the room of its rows (a fixed height left an empty box on a phone); a long one
        // gets most of the screen and scrolls inside itself, rather than drawing hundreds of rows at once.
        if (page.entries().size() <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("75vh");
            grid.setMinHeight("20rem");
        }
        add(new H1(getTranslation("audit.title")), status, grid);
    }

    private static Div lines(Div... lines) {
        Div cell = new Div(lines);
        cell.addClassName("sc-audit-cell");
        return cell;
    }

    private static Div line(String text, @Nullable String className) {
        Div line = new Div(text);
        if (className != null) {
            line.addClassName(className);
        }
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
