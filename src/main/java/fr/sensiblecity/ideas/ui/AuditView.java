package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.grid.Grid;
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

/** Administrators read the moderation audit trail and see whether its hash chain still holds. */
@Route("admin/audit")
@RolesAllowed("ADMINISTRATOR")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(ModerationService moderation, ResidentService residents) {
        addClassName("sc-page");
        AuditPage page = moderation.auditTrail(0, 500);
        Paragraph status = new Paragraph(getTranslation(page.chainIntact() ? "audit.intact" : "audit.broken", page.head()));
        status.setId("audit-status");
        status.addClassName("sc-notice");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        ReadableGrid.wrap(grid);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true);
        grid.addColumn(entry -> dates.format(entry.at())).setHeader(getTranslation("audit.when"));
        Map<Long, String> names = residents.displayNamesOf(page.entries().stream().map(AuditEntry::actorId)
                .filter(Objects::nonNull).toList());
        grid.addColumn(entry -> entry.actorId() == null ? getTranslation("audit.platform")
                : names.getOrDefault(entry.actorId(), getTranslation("idea.formerResident")))
                .setHeader(getTranslation("audit.who"));
        AuditSentences sentences = new AuditSentences(this, getLocale());
        grid.addColumn(sentences::what).setHeader(getTranslation("audit.what")).setFlexGrow(2);
        grid.addColumn(sentences::details).setHeader(getTranslation("audit.why")).setFlexGrow(3);
        grid.setItems(page.entries());
        add(new H1(getTranslation("audit.title")), status, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
