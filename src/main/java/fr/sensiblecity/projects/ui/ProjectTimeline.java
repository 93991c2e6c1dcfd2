package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.sensiblecity.projects.ProjectDetails;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A project's dated timeline, oldest first: creation, phases, milestones reached, eligibility, campaigns. */
class ProjectTimeline extends Div {

    ProjectTimeline(ProjectDetails shown, ProjectLabels labels) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale())
                .withZone(ZoneId.of("Europe/Paris"));
        OrderedList entries = new OrderedList();
        entries.addClassName("sc-timeline");
        for (ProjectDetails.TimelineEntry entry : shown.timeline()) {
            ListItem item = new ListItem(new Span(dates.format(entry.at())), new Span(" – " + describe(entry, labels)));
            if (entry.kind().equals("PHASE") && !entry.note().isEmpty()) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("sc-meta");
                item.add(note);
            }
            entries.add(item);
        }
        add(new H2(getTranslation("project.timeline")), entries);
        setId("project-timeline");
        addClassName("sc-section");
    }

    private String describe(ProjectDetails.TimelineEntry entry, ProjectLabels labels) {
        return switch (entry.kind()) {
            case "CREATED" -> getTranslation("timeline.created");
            case "PHASE" -> getTranslation("timeline.phase", entry.phase() == null ? "" : getTranslation(entry.phase().labelKey()));
            case "MILESTONE" -> getTranslation("timeline.milestone", entry.note());
            case "ELIGIBLE" -> getTranslation("timeline.eligible", entry.note());
            case "NOT_ELIGIBLE" -> getTranslation("timeline.notEligible", entry.note());
            case "CAMPAIGN_SUCCEEDED" -> {
                String[] amounts = entry.note().split("\\+");
                yield getTranslation("timeline.campaignSucceeded", labels.euros(new BigDecimal(amounts[0])),
                        labels.euros(new BigDecimal(amounts.length > 1 ? amounts[1] : "0")));
            }
            case "CAMPAIGN_FAILED" -> getTranslation("timeline.campaignFailed", labels.euros(new BigDecimal(entry.note())));
            default -> entry.kind();
        };
    }
}
