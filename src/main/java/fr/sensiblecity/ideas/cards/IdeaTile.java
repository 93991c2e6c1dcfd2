package fr.sensiblecity.ideas.cards;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import fr.sensiblecity.base.SafeMarkdown;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaMaturity;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.MaturityProgress;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * An idea as a card: state and theme, the whole title as the link to the idea (the whole card answers a click, the
 * link alone takes the focus), an excerpt, where it is, and its supports with the way to maturity. Styled by the
 * {@code sc-card} classes of {@code civic.css}, which projects and panels share.
 * <p>
 * A list page holds tens of cards per open page, so a card is three nodes on the server instead of some eighteen
 * components: the article, its static part written as HTML (every text escaped) and its progress, which is written
 * again when the count changes. Nothing in the progress takes the focus, so a live update never moves it.
 */
@Tag("article")
public class IdeaTile extends HtmlContainer {

    private static final int EXCERPT = 160;
    /**
     * Text is escaped for Latin-1: a character beyond it (…, –, ’, the narrow space in French numbers) becomes an
     * entity, so that the card's HTML stays a one-byte-per-character string in the server's memory.
     */
    private static final Document.OutputSettings LATIN_1 = new Document.OutputSettings()
            .charset(StandardCharsets.ISO_8859_1);

    private final IdeaCard card;
    private final IdeaMaturity.Gauge gauge;
    private final Element progress = new Element("div");

    /**
     * @param idPrefix "idea" on the list; one per section on a page that shows an idea twice, so that ids stay
     *        unique ("home-mature-card-42", "home-mature-link-42")
     * @param href the idea page's address
     * @param theme the theme's name in the reader's language
     * @param place the commune, and the district if any
     * @param level 2 or 3: the card title's heading level on its page
     */
    public IdeaTile(IdeaCard card, String idPrefix, String href, String theme, String place, IdeaMaturity.Gauge gauge,
            int level) {
        this.card = card;
        this.gauge = gauge;
        setId(idPrefix + "-card-" + card.id());
        addClassNames("sc-card", "sc-idea-card");
        Element body = new Element("div");
        body.setAttribute("class", "sc-card-body");
        body.setProperty("innerHTML", body(idPrefix + "-link-" + card.id(), href, theme, place, level == 3 ? 3 : 2));
        progress.setAttribute("class", "sc-card-progress");
        getElement().appendChild(body, progress);
        showSupports(card.supportCount());
    }

    private static String html(String text) {
        return Entities.escape(text, LATIN_1);
    }

    private String body(String linkId, String href, String theme, String place, int level) {
        StringBuilder html = new StringBuilder(512);
        html.append("<div class=\"sc-card-tags\"><span class=\"sc-badge sc-state-")
                .append(card.state().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(html(getTranslation(card.state().labelKey()))).append("</span>")
                .append("<span class=\"sc-card-theme\">").append(html(theme)).append("</span></div>");
        html.append("<h").append(level).append(" class=\"sc-card-title\"><a class=\"sc-card-link\" id=\"")
                .append(linkId).append("\" href=\"").append(html(href)).append("\" lang=\"")
                .append(UserContent.LANGUAGE).append("\">").append(html(card.title())).append("</a></h")
                .append(level).append('>');
        String plain = SafeMarkdown.toPlainText(card.excerpt());
        if (!plain.isBlank()) {
            int cut = plain.lastIndexOf(' ', EXCERPT) > 0 ? plain.lastIndexOf(' ', EXCERPT) : EXCERPT;
            html.append("<p class=\"sc-card-excerpt\" lang=\"").append(UserContent.LANGUAGE).append("\">")
                    .append(html(plain.length() > EXCERPT ? plain.substring(0, cut) + "…" : plain))
                    .append("</p>");
        }
        if (!place.isBlank()) {
            html.append("<p class=\"sc-card-place\"><vaadin-icon icon=\"vaadin:map-marker\" class=\"sc-place-icon\" "
                    + "aria-hidden=\"true\"></vaadin-icon>").append(html(place)).append("</p>");
        }
        return html.toString();
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
        // The bar repeats the sentence beside it, so assistive technologies read the sentence only.
        progress.setProperty("innerHTML", "<div class=\"sc-meter\" aria-hidden=\"true\"><div class=\"sc-meter-value\" "
                + "style=\"width: " + shown.percentage() + "%\"></div></div><span class=\"sc-card-supports\">"
                + html(sentence(this, getLocale(), card.state(), shown)) + "</span>");
        progress.setAttribute("class", shown.reached() ? "sc-card-progress sc-reached" : "sc-card-progress");
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
