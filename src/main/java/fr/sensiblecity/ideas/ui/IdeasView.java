package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaMaturity;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.cards.IdeaTile;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everyone browses ideas as cards, phone first: the filters fold behind one "Filter" button on a narrow screen and
 * show as removable chips once chosen; "See more" reads the next page (one statement per page, as before); the
 * support counts of the cards shown follow live.
 */
@Route("ideas")
@AnonymousAllowed
class IdeasView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 12;
    private static final int FOLLOWED_MAX = 500;

    private final IdeaService ideas;
    private final IdeaMaturity maturity;
    private final IdeaBroadcaster broadcaster;
    private final IdeaLabels labels;
    private final TextField search = new TextField();
    private final Select<ThemeSummary> theme = new Select<>();
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<DistrictRef> district = new Select<>();
    private final Select<IdeaState> state = new Select<>();
    private final Select<IdeaSort> sort = new Select<>();
    private final Button filterToggle = new Button();
    private final Div filterPanel = new Div();
    private final Div chips = new Div();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private final List<TerritorySummary> territories;
    /** The live registrations of the cards shown, by idea: the list hears only of what it shows. */
    private final Map<Long, Registration> followed = new LinkedHashMap<>();
    private final Map<Long, IdeaTile> tiles = new LinkedHashMap<>();
    private IdeaMaturity.Gauge gauge;
    private int loaded;
    private boolean quiet;
    private @Nullable UI attachedTo;

    IdeasView(IdeaService ideas, TerritoryService territoryService, IdeaMaturity maturity, IdeaBroadcaster broadcaster) {
        this.ideas = ideas;
        this.maturity = maturity;
        this.broadcaster = broadcaster;
        this.labels = new IdeaLabels(territoryService, getLocale());
        this.territories = territoryService.listTerritories();
        this.gauge = maturity.gauge();
        addClassNames("sc-page", "sc-ideas-page");

        Anchor propose = new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaFormView.class),
                getTranslation("ideaForm.title"));
        propose.addClassName("sc-button-link");
        propose.setId("propose-idea");
        Div heading = new Div(new H1(getTranslation("ideas.title")), propose);
        heading.addClassName("sc-page-heading");

        configureFilters(territoryService);
        filterToggle.setId("ideas-filter-toggle");
        filterToggle.setIcon(VaadinIcon.FILTER.create());
        filterToggle.addClassName("sc-filter-toggle");
        filterToggle.getElement().setAttribute("aria-controls", "ideas-filters");
        filterToggle.getElement().setAttribute("aria-expanded", "false");
        filterToggle.addClickListener(click -> showFilters(!filterPanel.hasClassName("sc-open")));
        filterPanel.setId("ideas-filters");
        filterPanel.addClassName("sc-filter-panel");
        filterPanel.add(search, theme, territory, district, state, sort);
        chips.setId("ideas-chips");
        chips.addClassName("sc-chips");
        chips.getElement().setAttribute("role", "group");
        chips.getElement().setAttribute("aria-label", getTranslation("ideas.chips"));

        list.setId("ideas-list");
        list.addClassName("sc-card-grid");
        empty.setId("ideas-empty");
        empty.setText(getTranslation("ideas.empty"));
        empty.addClassName("sc-empty");
        more.setId("ideas-more");
        more.setText(getTranslation("ideas.more"));
        more.addClassName("sc-more");
        more.addClickListener(click -> loadMore(true));

        add(heading, filterToggle, filterPanel, chips, list, empty, more);
        reload();
    }

    private void configureFilters(TerritoryService territoryService) {
        search.setLabel(getTranslation("ideas.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("ideas-search");
        theme.setLabel(getTranslation("ideas.filter.theme"));
        theme.setId("ideas-theme");
        theme.setItems(territoryService.listActiveThemes());
        theme.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.label(getLocale()));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        territory.setLabel(getTranslation("ideas.filter.territory"));
        territory.setId("ideas-territory");
        territory.setItems(territories);
        territory.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.name());
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        district.setLabel(getTranslation("ideas.filter.district"));
        district.setId("ideas-district");
        district.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.name());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        district.setEnabled(false);
        territory.addValueChangeListener(change -> {
            List<DistrictRef> districts = change.getValue() == null ? List.of() : change.getValue().districts();
            district.setItems(districts);
            district.setEnabled(!districts.isEmpty());
        });
        state.setLabel(getTranslation("ideas.filter.state"));
        state.setId("ideas-state");
        state.setItems(IdeaState.PUBLISHED, IdeaState.MATURE, IdeaState.UNDER_REVIEW, IdeaState.ACCEPTED,
                IdeaState.REJECTED, IdeaState.MERGED);
        state.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : getTranslation(item.labelKey()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        sort.setLabel(getTranslation("ideas.sort"));
        sort.setItems(IdeaSort.values());
        sort.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        sort.setValue(IdeaSort.MOST_SUPPORTED);
        sort.setId("ideas-sort");
        search.addValueChangeListener(change -> reload());
        theme.addValueChangeListener(change -> reload());
        territory.addValueChangeListener(change -> reload());
        district.addValueChangeListener(change -> reload());
        state.addValueChangeListener(change -> reload());
        sort.addValueChangeListener(change -> reload());
    }

    /** {@code ?territory=ID}, {@code ?state=MATURE}, {@code ?sort=NEWEST}: links from the home page land filtered. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        quiet = true;
        try {
            first(parameters, "territory").flatMap(IdeasView::number).flatMap(id -> territories.stream()
                    .filter(candidate -> candidate.id() == id).findFirst()).ifPresent(territory::setValue);
            first(parameters, "state").flatMap(name -> parse(IdeaState.class, name))
                    .filter(chosen -> chosen.listed()).ifPresent(state::setValue);
            first(parameters, "sort").flatMap(name -> parse(IdeaSort.class, name)).ifPresent(sort::setValue);
        } finally {
            quiet = false;
        }
        if (!parameters.isEmpty()) {
            reload();
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private IdeaQuery currentQuery() {
        return new IdeaQuery(search.getValue(), theme.getValue() == null ? null : theme.getValue().id(),
                territory.getValue() == null ? null : territory.getValue().id(),
                district.getValue() == null ? null : district.getValue().id(), state.getValue(),
                sort.getValue() == null ? IdeaSort.MOST_SUPPORTED : sort.getValue());
    }

    private void reload() {
        if (quiet) {
            return;
        }
        gauge = maturity.gauge();
        list.removeAll();
        tiles.clear();
        followed.values().forEach(Registration::remove);
        followed.clear();
        loaded = 0;
        showChips();
        loadMore(false);
    }

    /** Reads one more page, asking one idea more than it shows to learn whether another page follows. */
    private void loadMore(boolean moveFocus) {
        List<IdeaCard> page = ideas.browse(currentQuery(), loaded, PAGE + 1);
        boolean further = page.size() > PAGE;
        List<IdeaCard> shown = further ? page.subList(0, PAGE) : page;
        IdeaTile firstNew = null;
        // The route's address is looked up once: the registry walk costs more than the rest of a card.
        String ideaAddress = RouteConfiguration.forSessionScope().getUrl(IdeaView.class, 0L);
        String ideaPrefix = ideaAddress.substring(0, ideaAddress.length() - 1);
        for (IdeaCard card : shown) {
            IdeaTile tile = new IdeaTile(card, "idea", ideaPrefix + card.id(),
                    labels.theme(card.themeId()), labels.place(card.territoryId(), card.districtId()), gauge, 2);
            tiles.put(card.id(), tile);
            list.add(tile);
            if (firstNew == null) {
                firstNew = tile;
            }
            follow(card.id());
        }
        loaded += shown.size();
        more.setVisible(further);
        empty.setVisible(loaded == 0);
        if (moveFocus && firstNew != null) {
            // Keyboard and screen-reader users go on reading where the new cards start.
            firstNew.getElement().executeJs("this.querySelector('a').focus()");
        }
    }

    private void showFilters(boolean open) {
        filterPanel.setClassName("sc-open", open);
        filterToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /** One removable chip per active filter, and the count on the "Filter" button. */
    private void showChips() {
        chips.removeAll();
        List<Button> active = new ArrayList<>();
        if (!search.getValue().isBlank()) {
            active.add(chip(getTranslation("ideas.search"), search.getValue(), () -> search.clear()));
        }
        if (theme.getValue() != null) {
            active.add(chip(getTranslation("ideas.filter.theme"), theme.getValue().label(getLocale()), () -> theme.clear()));
        }
        if (territory.getValue() != null) {
            active.add(chip(getTranslation("ideas.filter.territory"), territory.getValue().name(), () -> territory.clear()));
        }
        if (district.getValue() != null) {
            active.add(chip(getTranslation("ideas.filter.district"), district.getValue().name(), () -> district.clear()));
        }
        if (state.getValue() != null) {
            active.add(chip(getTranslation("ideas.filter.state"), getTranslation(state.getValue().labelKey()),
                    () -> state.clear()));
        }
        // Not setVisible(false): Flow stops sending the children of a hidden component, so the browser would keep
        // the last removed chip; the style sheet hides the empty group instead.
        active.forEach(chips::add);
        filterToggle.setText(active.isEmpty() ? getTranslation("ideas.filter")
                : getTranslation("ideas.filterCount", active.size()));
    }

    private Button chip(String what, String value, Runnable remove) {
        Button chip = new Button(what + " : " + value, VaadinIcon.CLOSE_SMALL.create(), click -> {
            remove.run();
            // The chip is gone: the focus goes to the "Filter" button, or to the search field where that is hidden.
            getElement().executeJs("const toggle = document.getElementById('ideas-filter-toggle');"
                    + "(toggle && toggle.offsetParent ? toggle : document.querySelector('#ideas-search input')).focus()");
        });
        chip.setIconAfterText(true);
        chip.addClassName("sc-chip");
        chip.addThemeVariants(ButtonVariant.SMALL);
        chip.setAriaLabel(getTranslation("ideas.removeFilter", what, value));
        return chip;
    }

    private void follow(long ideaId) {
        UI ui = attachedTo;
        if (ui == null || followed.size() >= FOLLOWED_MAX) {
            return;
        }
        followed.computeIfAbsent(ideaId, id -> broadcaster.watchSupports(id, count -> ui.access(() -> {
            IdeaTile tile = tiles.get(id);
            if (tile != null) {
                tile.showSupports(count);
            }
        })));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attachedTo = attach.getUI();
        tiles.keySet().forEach(this::follow);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        attachedTo = null;
        followed.values().forEach(Registration::remove);
        followed.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.title") + " | " + getTranslation("app.name");
    }
}
