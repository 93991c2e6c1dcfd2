package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.sensiblecity.ideas.IdeaDetails;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.MaturityProgress;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What happens next to an idea, as a short timeline: published, maturity (by when, how many supports), review by
 * the town, public answer, project. Each step says in words whether it is done, under way or to come, so the
 * colours and marks are never the only sign.
 */
class IdeaSteps extends Section {

    private enum Status {
        DONE, CURRENT, UPCOMING, SKIPPED;

        String labelKey() {
            return "idea.steps.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    IdeaSteps(IdeaDetails idea, MaturityProgress progress) {
        setId("idea-steps");
        addClassName("sc-steps-section");
        H2 title = new H2(getTranslation("idea.steps.title"));
        title.setId("idea-steps-title");
        getElement().setAttribute("aria-labelledby", "idea-steps-title");
        add(title);
        if (idea.state() == IdeaState.WITHDRAWN || idea.state() == IdeaState.HIDDEN) {
            setVisible(false);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        String threshold = NumberFormat.getIntegerInstance(getLocale()).format(progress.threshold());
        IdeaState state = idea.state();
        boolean answered = state == IdeaState.ACCEPTED || state == IdeaState.REJECTED || state == IdeaState.MERGED;
        boolean mature = state != IdeaState.PUBLISHED;

        OrderedList steps = new OrderedList();
        steps.addClassName("sc-steps");
        steps.add(step("published", Status.DONE, getTranslation("idea.steps.published"),
                getTranslation("idea.steps.publishedOn", dates.format(idea.createdAt()))));
        String maturityText;
        if (mature) {
            maturityText = idea.maturedAt() == null ? getTranslation("idea.steps.matured")
                    : getTranslation("idea.steps.maturedOn", dates.format(idea.maturedAt()));
        } else if (progress.gathering()) {
            maturityText = getTranslation("idea.steps.maturityBy", threshold, progress.threshold(),
                    dates.format(progress.windowEnds()));
        } else {
            maturityText = getTranslation("idea.steps.maturityMissed", threshold, progress.threshold());
        }
        steps.add(step("maturity", mature ? Status.DONE : Status.CURRENT, getTranslation("idea.steps.maturity"),
                maturityText));
        steps.add(step("review", answered ? Status.DONE : mature ? Status.CURRENT : Status.UPCOMING,
                getTranslation("idea.steps.review"), getTranslation("idea.steps.reviewText")));
        steps.add(step("answer", answered ? Status.DONE : Status.UPCOMING, getTranslation("idea.steps.answer"),
                getTranslation("idea.steps.answerText")));
        Status project = state == IdeaState.ACCEPTED ? Status.DONE
                : state == IdeaState.REJECTED || state == IdeaState.MERGED ? Status.SKIPPED : Status.UPCOMING;
        steps.add(step("project", project, getTranslation("idea.steps.project"), getTranslation(project == Status.DONE
                ? "idea.steps.projectDone" : project == Status.SKIPPED ? "idea.steps.projectSkipped"
                : "idea.steps.projectText")));
        add(steps);
    }

    private ListItem step(String id, Status status, String name, String text) {
        Span state = new Span(getTranslation(status.labelKey()));
        state.addClassName("sc-sr-only");
        Span heading = new Span(name);
        heading.addClassName("sc-step-name");
        Paragraph detail = new Paragraph(text);
        detail.addClassName("sc-step-text");
        ListItem item = new ListItem(state, heading, detail);
        item.setId("step-" + id);
        item.addClassName("sc-step-" + status.name().toLowerCase(java.util.Locale.ROOT));
        if (status == Status.CURRENT) {
            item.getElement().setAttribute("aria-current", "step");
        }
        return item;
    }
}
