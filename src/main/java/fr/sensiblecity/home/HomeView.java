package fr.sensiblecity.home;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.SignedInPerson;
import fr.sensiblecity.drafts.DraftSummary;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaMaturity;
import fr.sensiblecity.ideas.cards.IdeaTile;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.projects.CampaignView;
import fr.sensiblecity.projects.ProjectCard;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The front door: what is happening in the reader's territory, chosen once and remembered, updated live. Each
 * section says what it is, shows a few cards and links to the full list; an empty section says so in a sentence.
 */
@Route("")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final HomeFeed feed;
    private final TerritoryChoice choice;
    private final IdeaMaturity maturity;
    private final Clock clock;
    private final Map<Long, TerritorySummary> territories;
    private final Map<Long, ThemeSummary> themes;
    private final Select<TerritorySummary> territory = new Select<>();
    private final H1 title = new H1();
    private final Anchor browseIdeas = new Anchor();
    private final Div figures = new Div();
    private final Div mature = new Div();
    private final Div newest = new Div();
    private final Div panels = new Div();
    private final Div consultations = new Div();
    private final Div projects = new Div();
    private final Div campaigns = new Div();
    private final NumberFormat numbers;
    private final NumberFormat euros;
    private final DateTimeFormatter dates;
    private @Nullable HomeSnapshot shown;
    private @Nullable Registration live;

    HomeView(SignedInPerson person, HomeFeed feed, TerritoryChoice choice, TerritoryService territoryService,
            IdeaMaturity maturity, Clock clock) {
        this.feed = feed;
        this.choice = choice;
        this.maturity = maturity;
        this.clock = clock;
        List<TerritorySummary> all = territoryService.listTerritories();
        this.territories = all.stream().collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
        this.themes = territoryService.listThemes().stream().collect(Collectors.toMap(ThemeSummary::id, Function.identity()));
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        this.euros = NumberFormat.getCurrencyInstance(getLocale());
        euros.setCurrency(Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(PARIS);
        addClassNames("sc-page", "sc-home");

        Div hero = new Div();
        hero.addClassName("sc-hero");
        person.displayName().ifPresent(name -> {
            Paragraph greeting = new Paragraph(getTranslation("home.greeting", name));
            greeting.setId("greeting");
            greeting.addClassName("sc-greeting");
            hero.add(greeting);
        });
        title.setId("home-title");
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("sc-lead");
        territory.setId("home-territory");
        territory.setLabel(getTranslation("home.territory"));
        territory.setItems(all);
        territory.setItemLabelGenerator(item -> item == null ? getTranslation("home.territory.all") : item.name());
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("home.territory.all"));
        choice.chosen(all).ifPresent(territory::setValue);
        // Added after the remembered choice is shown: every change from here on is the reader's.
        territory.addValueChangeListener(change -> {
            getUI().ifPresent(ui -> choice.remember(ui, change.getValue()));
            show(feed.read(chosenId()));
            follow();
        });
        Anchor propose = new Anchor("ideas/write", getTranslation("home.propose"));
        propose.setId("home-propose");
        propose.addClassName("sc-button-link");
        browseIdeas.setId("browse-ideas");
        browseIdeas.setText(getTranslation("home.browseIdeas"));
        browseIdeas.addClassName("sc-button-secondary");
        Div actions = new Div(propose, browseIdeas);
        actions.addClassName("sc-hero-actions");
        hero.add(title, intro, territory, actions);

        figures.setId("home-figures");
        figures.addClassName("sc-figures");
        add(hero, figures,
                section("home-mature", "home.mature.title", "home.mature.intro", mature, "ideas?state=PUBLISHED",
                        "home.mature.all"),
                section("home-newest", "home.newest.title", null, newest, "ideas?sort=NEWEST", "home.newest.all"),
                section("home-panels", "home.panels.title", "home.panels.intro", panels, "panels", "home.panels.all"),
                section("home-consultations", "home.consultations.title", "home.consultations.intro", consultations,
                        "drafts", "home.consultations.all"),
                section("home-projects", "home.projects.title", null, projects, "projects", "home.projects.all"),
                section("home-campaigns", "home.campaigns.title", "home.campaigns.intro", campaigns, null, null));
        show(feed.read(chosenId()));
    }

    private @Nullable Long chosenId() {
        return territory.getValue() == null ? null : territory.getValue().id();
    }

    private Section section(String id, String titleKey, @Nullable String introKey, Div cards, @Nullable String more,
            @Nullable String moreKey) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-title");
        Section section = new Section(heading);
        section.setId(id);
        section.addClassName("sc-home-section");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        if (introKey != null) {
            Paragraph intro = new Paragraph(getTranslation(introKey));
            intro.addClassName("sc-section-intro");
            section.add(intro);
        }
        cards.addClassName("sc-card-grid");
        section.add(cards);
        if (more != null && moreKey != null) {
            Anchor all = new Anchor(more, getTranslation(moreKey));
            all.addClassName("sc-more-link");
            all.setId(id + "-all");
            section.add(all);
        }
        return section;
    }

    /** Shows a snapshot; a section is redrawn only when what it shows changed, so the focus stays where it was. */
    private void show(HomeSnapshot snapshot) {
        @Nullable Long chosen = chosenId();
        String place = chosen == null ? getTranslation("home.territory.all") : territories.get(chosen).name();
        title.setText(chosen == null ? getTranslation("home.title.all") : getTranslation("home.title.one", place));
        browseIdeas.setHref(chosen == null ? "ideas" : "ideas?territory=" + chosen);
        HomeSnapshot before = shown;
        shown = snapshot;
        showFigures(snapshot);
        IdeaMaturity.Gauge gauge = maturity.gauge();
        if (before == null || !sameIdeas(before.closeToMaturity(), snapshot.closeToMaturity())) {
            fill(mature, snapshot.closeToMaturity().stream().map(idea -> (Component) tile(idea, "home-mature", gauge))
                    .toList(),
                    "home.mature.none");
        } else {
            updateSupports(mature, snapshot.closeToMaturity());
        }
        if (before == null || !sameIdeas(before.newest(), snapshot.newest())) {
            fill(newest, snapshot.newest().stream().map(idea -> (Component) tile(idea, "home-newest", gauge))
                    .toList(), "home.newest.none");
        } else {
            updateSupports(newest, snapshot.newest());
        }
        if (before == null || !before.recruiting().equals(snapshot.recruiting())) {
            fill(panels, snapshot.recruiting().stream().map(this::panelCard).toList(), "home.panels.none");
        }
        if (before == null || !before.consultations().equals(snapshot.consultations())) {
            fill(consultations, snapshot.consultations().stream().map(this::draftCard).toList(), "home.consultations.none");
        }
        if (before == null || !before.projects().equals(snapshot.projects())) {
            fill(projects, snapshot.projects().stream().map(this::projectCard).toList(), "home.projects.none");
        }
        if (before == null || !before.campaigns().equals(snapshot.campaigns())) {
            fill(campaigns, snapshot.campaigns().stream().map(this::campaignCard).toList(), "home.campaigns.none");
        }
    }

    private static boolean sameIdeas(List<IdeaCard> before, List<IdeaCard> now) {
        return before.stream().map(IdeaCard::id).toList().equals(now.stream().map(IdeaCard::id).toList())
                && before.stream().map(IdeaCard::state).toList().equals(now.stream().map(IdeaCard::state).toList());
    }

    private void updateSupports(Div cards, List<IdeaCard> ideas) {
        Map<Long, Integer> counts = ideas.stream().collect(Collectors.toMap(IdeaCard::id, IdeaCard::supportCount));
        cards.getChildren().filter(IdeaTile.class::isInstance).map(IdeaTile.class::cast)
                .forEach(tile -> tile.showSupports(counts.getOrDefault(tile.ideaId(), 0)));
    }

    private void fill(Div cards, List<Component> content, String noneKey) {
        cards.removeAll();
        if (content.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(noneKey));
            none.addClassName("sc-empty");
            cards.add(none);
        } else {
            content.forEach(cards::add);
        }
    }

    private void showFigures(HomeSnapshot snapshot) {
        figures.removeAll();
        figures.add(figure("ideas", numbers.format(snapshot.ideaFigures().ideas()), getTranslation("home.figure.ideas",
                snapshot.ideaFigures().ideas())));
        figures.add(figure("supports", numbers.format(snapshot.ideaFigures().supports()),
                getTranslation("home.figure.supports", snapshot.ideaFigures().supports())));
        figures.add(figure("members", numbers.format(snapshot.panelMembers()), getTranslation("home.figure.members",
                snapshot.panelMembers())));
        figures.add(figure("pledged", euros.format(snapshot.pledged()), getTranslation("home.figure.pledged")));
    }

    private Div figure(String id, String value, String label) {
        Span number = new Span(value);
        number.addClassName("sc-figure-value");
        Span text = new Span(label);
        text.addClassName("sc-figure-label");
        Div figure = new Div(number, text);
        figure.setId("home-figure-" + id);
        figure.addClassName("sc-figure");
        return figure;
    }

    private IdeaTile tile(IdeaCard idea, String idPrefix, IdeaMaturity.Gauge gauge) {
        ThemeSummary theme = themes.get(idea.themeId());
        TerritorySummary where = territories.get(idea.territoryId());
        String district = where == null || idea.districtId() == null ? "" : where.districts().stream()
                .filter(candidate -> Objects.equals(candidate.id(), idea.districtId())).map(d -> " – " + d.name())
                .findFirst().orElse("");
        return new IdeaTile(idea, idPrefix, "ideas/" + idea.id(), theme == null ? "" : theme.label(getLocale()),
                (where == null ? "" : where.name()) + district, gauge, 3);
    }

    private Component panelCard(PanelDetails panel) {
        Article card = card("home-panel-" + panel.id(), getTranslation("home.panels.badge"), "panels/" + panel.id(),
                panel.question());
        card.add(paragraph(getTranslation("home.panels.authority", panel.authority()), null));
        TerritorySummary where = territories.get(panel.territoryId());
        if (where != null) {
            card.add(IdeaTile.place(where.name()));
        }
        card.add(paragraph(panel.recruitmentCloses() == null ? getTranslation("home.panels.open")
                : getTranslation("home.panels.until", dates.format(panel.recruitmentCloses())), "sc-card-deadline"));
        card.add(paragraph(getTranslation("home.panels.how", numbers.format(panel.size())), null));
        Anchor volunteer = new Anchor("panels/" + panel.id(), getTranslation("home.panels.volunteer"));
        volunteer.addClassName("sc-button-link");
        volunteer.getElement().setAttribute("aria-label", getTranslation("home.panels.volunteerOn", panel.question()));
        card.add(volunteer);
        return card;
    }

    private Component draftCard(DraftSummary draft) {
        Article card = card("home-draft-" + draft.id(), getTranslation("home.consultations.badge"),
                "drafts/" + draft.id() + "/consultation", draft.title());
        card.add(paragraph(getTranslation("home.consultations.how"), null));
        return card;
    }

    private Component projectCard(ProjectCard project) {
        Article card = card("home-project-" + project.id(), getTranslation(project.phase().labelKey()),
                "projects/" + project.id(), project.title());
        card.add(IdeaTile.place(project.territoryName()));
        card.add(meter(project.percentage(), getTranslation("home.projects.funding", project.percentage(),
                euros.format(project.secured()), euros.format(project.budget()))));
        return card;
    }

    private Component campaignCard(CampaignView campaign) {
        Article card = card("home-campaign-" + campaign.id(), getTranslation("home.campaigns.badge"),
                "campaigns/" + campaign.id(), campaign.projectTitle());
        long days = Math.max(0, Duration.between(clock.instant(), campaign.deadline()).toDays());
        card.add(meter(campaign.percentage(), getTranslation("home.campaigns.pledged", euros.format(campaign.pledged()),
                euros.format(campaign.target()), numbers.format(campaign.pledgerCount()), campaign.pledgerCount())));
        card.add(paragraph(getTranslation("home.campaigns.ends", dates.format(campaign.deadline()), numbers.format(days),
                days), "sc-card-deadline"));
        return card;
    }

    /** A card in the shared style: a badge, then the title as the link that covers the card. */
    private Article card(String id, String badge, String href, String heading) {
        Span tag = new Span(badge);
        tag.addClassName("sc-badge");
        Div tags = new Div(tag);
        tags.addClassName("sc-card-tags");
        Anchor link = new Anchor(href, heading);
        link.addClassName("sc-card-link");
        H3 title = new H3(link);
        title.addClassName("sc-card-title");
        Article card = new Article(tags, title);
        card.setId(id);
        card.addClassName("sc-card");
        return card;
    }

    private Div meter(int percentage, String sentence) {
        Div value = new Div();
        value.addClassName("sc-meter-value");
        value.getStyle().set("width", Math.min(100, Math.max(0, percentage)) + "%");
        Div track = new Div(value);
        track.addClassName("sc-meter");
        track.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(sentence);
        Div progress = new Div(track, text);
        progress.addClassName("sc-card-progress");
        progress.setClassName("sc-reached", percentage >= 100);
        return progress;
    }

    private static Paragraph paragraph(String text, @Nullable String className) {
        Paragraph paragraph = new Paragraph(text);
        if (className != null) {
            paragraph.addClassName(className);
        }
        return paragraph;
    }

    private void follow() {
        if (live != null) {
            live.remove();
            live = null;
        }
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        @Nullable Long watched = chosenId();
        live = feed.watch(watched, snapshot -> ui.access(() -> {
            if (Objects.equals(watched, chosenId())) {
                show(snapshot);
            }
        }));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
