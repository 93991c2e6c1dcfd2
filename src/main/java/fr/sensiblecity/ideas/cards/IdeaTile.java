package fr.sensiblecity.ideas.cards;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.sensiblecity.base.SafeMarkdown;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaMaturity;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.MaturityProgress;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An idea as a card: state and theme, the whole title as the link to the idea (the whole card answers a click, the
 * link alone takes the focus), an excerpt, where it is, and its supports with the way to maturity. Styled by the
 * {@code sc-card} classes of {@code civic.css}, which projects and panels share.
 */
@Tag("article")
public class IdeaTile extends HtmlContainer {

    private static final int EXCERPT = 160;

    private final IdeaCard card;
    private final IdeaMaturity.Gauge gauge;
    private final Div progress = new Div();
    private final Div bar = new Div();
    private final Span supports = new Span();
    private final Anchor link;

    /**
     * @param href the idea page's address
     * @param theme the theme's name in the reader's language
     * @param place the commune, and the district if any
     * @param level 2 or 3: the card title's heading level on its page
     */
    public IdeaTile(IdeaCard card, String href, String theme, String place, IdeaMaturity.Gauge gauge, int level) {
        this.card = card;
        this.gauge = gauge;
        setId("idea-card-" + card.id());
        addClassNames("sc-card", "sc-idea-card");

        Span state = new Span(getTranslation(card.state().labelKey()));
        state.addClassNames("sc-badge", "sc-state-" + card.state().name().toLowerCase(Locale.ROOT));
        Span themeTag = new Span(theme);
        themeTag.addClassName("sc-card-theme");
        Div tags = new Div(state, themeTag);
        tags.addClassName("sc-card-tags");

        link = UserContent.french(new Anchor(href, card.title()));
        link.addClassName("sc-card-link");
        link.setId("idea-link-" + card.id());
        HtmlContainer title = level == 3 ? new H3(link) : new H2(link);
        title.addClassName("sc-card-title");

        add(tags, title);
        String plain = SafeMarkdown.toPlainText(card.excerpt());
        if (!plain.isBlank()) {
            Paragraph excerpt = new Paragraph(plain.length() > EXCERPT
                    ? plain.substring(0, plain.lastIndexOf(' ', EXCERPT) > 0 ? plain.lastIndexOf(' ', EXCERPT) : EXCERPT) + "…"
                    : plain);
            excerpt.addClassName("sc-card-excerpt");
            UserContent.french(excerpt);
            add(excerpt);
        }
        if (!place.isBlank()) {
            add(place(place));
        }
        // The bar repeats the sentence beside it, so assistive technologies read the sentence only.
        Div track = new Div(bar);
        track.addClassName("sc-meter");
        track.getElement().setAttribute("aria-hidden", "true");
        bar.addClassName("sc-meter-value");
        supports.addClassName("sc-card-supports");
        progress.add(track, supports);
        progress.addClassName("sc-card-progress");
        add(progress);
        showSupports(card.supportCount());
    }

    /** For a page that shows an idea twice (in two sections): ids stay unique with a prefix per section. */
    public IdeaTile withIdPrefix(String prefix) {
        setId(prefix + "-card-" + card.id());
        link.setId(prefix + "-link-" + card.id());
        return this;
    }

    /** "Bellerive-sur-Sorne – Centre" after a map marker that assistive technologies skip. */
    public static Paragraph place(String place) {
        com.vaadin.flow.component.icon.Icon marker = com.vaadin.flow.component.icon.VaadinIcon.MAP_MARKER.create();
        marker.getElement().setAttribute("aria-hidden", "true");
        marker.addClassName("sc-place-icon");
        Paragraph where = new Paragraph(marker, new com.vaadin.flow.component.Text(place));
        where.addClassName("sc-card-place");
        return where;
    }

    public long ideaId() {
        return card.id();
    }

    /** Shows a new support count, as live pages learn it. */
    public void showSupports(int count) {
        MaturityProgress shown = gauge.of(card.state(), count, card.territoryId(), card.createdAt());
        supports.setText(sentence(this, getLocale(), card.state(), shown));
        bar.getStyle().set("width", shown.percentage() + "%");
        progress.setClassName("sc-reached", shown.reached());
    }

    /**
     * "7 / 10 soutiens · 320 jours restants" while an idea gathers supports; the count alone once it has reached,
     * or can no longer reach, its threshold.
     */
    public static String sentence(com.vaadin.flow.component.Component in, Locale locale, IdeaState state,
            MaturityProgress shown) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        String count = numbers.format(shown.supports());
        if (shown.gathering()) {
            return in.getTranslation("ideaCard.towardMaturity", count, numbers.format(shown.threshold()), shown.threshold(),
                    numbers.format(shown.daysLeft()), shown.daysLeft());
        }
        if (state == IdeaState.PUBLISHED && !shown.reached()) {
            return in.getTranslation("ideaCard.windowClosed", count, numbers.format(shown.threshold()), shown.threshold());
        }
        return in.getTranslation("ideaCard.supports", count, shown.supports());
    }
}
