package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.sensiblecity.drafts.DiffSegment;
import fr.sensiblecity.drafts.Tally;
import fr.sensiblecity.drafts.VoteRule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** How the draft pages show texts, comparisons, rules, tallies and dates in the reader's language. */
final class DraftTexts {

    private DraftTexts() {
    }

    /** A section's text as typed: line breaks kept, nothing interpreted. */
    static Div plain(String text) {
        Div div = new Div();
        div.setText(text);
        div.addClassName("sc-section-text");
        return div;
    }

    /**
     * A comparison: insertions in {@code <ins>}, deletions in {@code <del>}, each also announced in words (hidden
     * visually, read by screen readers), so the change never rests on colour alone; a legend says the same.
     */
    static Component diff(Component page, List<DiffSegment> segments) {
        StringBuilder html = new StringBuilder("<div class=\"sc-diff\">");
        for (DiffSegment segment : segments) {
            String text = Entities.escape(segment.text());
            switch (segment.kind()) {
                case SAME -> html.append(text);
                case INSERTED -> html.append("<ins><span class=\"sc-sr-only\">").append(
                        Entities.escape(page.getTranslation("drafts.diff.insertStart"))).append("</span>").append(text)
                        .append("<span class=\"sc-sr-only\">").append(Entities.escape(page.getTranslation(
                                "drafts.diff.insertEnd"))).append("</span></ins>");
                case DELETED -> html.append("<del><span class=\"sc-sr-only\">").append(
                        Entities.escape(page.getTranslation("drafts.diff.deleteStart"))).append("</span>").append(text)
                        .append("<span class=\"sc-sr-only\">").append(Entities.escape(page.getTranslation(
                                "drafts.diff.deleteEnd"))).append("</span></del>");
            }
        }
        return new Html(html.append("</div>").toString());
    }

    static Paragraph legend(Component page) {
        Paragraph legend = new Paragraph(page.getTranslation("drafts.diff.legend"));
        legend.addClassName("sc-meta");
        return legend;
    }

    static String rule(Component page, VoteRule rule) {
        return page.getTranslation(rule.strict() ? "drafts.rule.more" : "drafts.rule.atLeast", rule.percent(),
                page.getTranslation(rule.base().labelKey()));
    }

    static String tally(Component page, Tally tally) {
        return page.getTranslation("drafts.tally", tally.forVotes(), tally.against(), tally.abstain(), tally.electorate());
    }

    static String date(Instant at) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.FRENCH);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of("Europe/Paris")).format(at);
    }

    static String author(Component page, @org.jspecify.annotations.Nullable String name) {
        return name == null ? page.getTranslation("drafts.formerResident") : name;
    }
}
