package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;
import java.util.HashMap;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** Everyone browses ideas: search, filters and sorts; the list pages lazily and its counts follow live. */
@Route("ideas")
@AnonymousAllowed
class IdeasView extends VerticalLayout implements HasDynamicTitle {

    private static final Duration LIVE_REFRESH = Duration.ofSeconds(2);
    private static final int FOLLOWED_MAX = 500;

    private final IdeaService ideas;
    private final IdeaBroadcaster broadcaster;
    private final Grid<IdeaCard> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ThemeSummary> theme = new Select<>();
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<DistrictRef> district = new Select<>();
    private final Select<IdeaState> state = new Select<>();
    private final Select<IdeaSort> sort = new Select<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    /** The ideas this page has fetched, each followed live: the list hears only of what it shows. */
    private final Map<Long, Registration> followed = new HashMap<>();
    private @Nullable UI attachedTo;

    IdeasView(IdeaService ideas, TerritoryService territories, IdeaBroadcaster broadcaster) {
        this.ideas = ideas;
        this.broadcaster = broadcaster;
        addClassName("sc-page");
        IdeaLabels labels = new IdeaLabels(territories, getLocale());
        Anchor propose = new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaFormView.class),
                getTranslation("ideaForm.title"));
        propose.addClassName("sc-button-link");
        propose.setId("propose-idea");
        add(new H1(getTranslation("ideas.title")), propose);

        search.setLabel(getTranslation("ideas.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("ideas-search");
        theme.setLabel(getTranslation("ideas.filter.theme"));
        theme.setItems(territories.listActiveThemes());
        theme.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.label(getLocale()));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        territory.setLabel(getTranslation("ideas.filter.territory"));
        territory.setItems(territories.listTerritories());
        territory.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.name());
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
        district.setLabel(getTranslation("ideas.filter.district"));
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
        FlexLayout filters = new FlexLayout(search, theme, territory, district, state, sort);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("sc-filters");

        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        grid.setAriaLabel(getTranslation("ideas.title"));
        grid.setId("ideas-grid");
        // A template rendered in the browser rather than one Anchor component per row: the rows the grid holds cost
        // the server two strings each instead of a component tree.
        grid.addColumn(LitRenderer.<IdeaCard>of("<a href=\"${item.href}\">${item.title}</a>")
                .withProperty("href", card -> RouteConfiguration.forSessionScope().getUrl(IdeaView.class, card.id()))
                .withProperty("title", IdeaCard::title)).setHeader(getTranslation("ideas.column.title")).setFlexGrow(1).setWidth("18rem");
        grid.addColumn(card -> labels.theme(card.themeId())).setHeader(getTranslation("ideas.column.theme")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> labels.territory(card.territoryId())).setHeader(getTranslation("ideas.column.territory")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> getTranslation(card.state().labelKey())).setHeader(getTranslation("ideas.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> numbers.format(card.supportCount())).setHeader(getTranslation("ideas.column.supports")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> numbers.format(card.commentCount())).setHeader(getTranslation("ideas.column.comments")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> dates.format(card.createdAt())).setHeader(getTranslation("ideas.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(50);
        grid.setItems(query -> {
            List<IdeaCard> page = ideas.browse(currentQuery(), query.getOffset(),
                    Math.min(query.getLimit(), IdeaService.PAGE_MAX));
            followLive(query.getOffset() == 0, page);
            return page.stream();
        });
        grid.setSizeFull();
        setSizeFull();
        add(filters, grid);
        search.addValueChangeListener(change -> refresh());
        theme.addValueChangeListener(change -> refresh());
        territory.addValueChangeListener(change -> refresh());
        district.addValueChangeListener(change -> refresh());
        state.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
    }

    private IdeaQuery currentQuery() {
        return new IdeaQuery(search.getValue(), theme.getValue() == null ? null : theme.getValue().id(),
                territory.getValue() == null ? null : territory.getValue().id(),
                district.getValue() == null ? null : district.getValue().id(), state.getValue(),
                sort.getValue() == null ? IdeaSort.MOST_SUPPORTED : sort.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attachedTo = attach.getUI();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        attachedTo = null;
        followed.values().forEach(Registration::remove);
        followed.clear();
    }

    /**
     * Follows the ideas of a fetched page (a first page replaces what was followed; later ones add to it, up to a
     * bound). Many supports a second must not mean many refreshes: the first change schedules one refresh a moment
     * later, which then shows every change made meanwhile.
     */
    private void followLive(boolean fresh, List<IdeaCard> page) {
        UI ui = attachedTo;
        if (ui == null) {
            return;
        }
        Set<Long> shown = page.stream().map(IdeaCard::id).collect(Collectors.toSet());
        if (fresh) {
            followed.entrySet().removeIf(entry -> {
                boolean gone = !shown.contains(entry.getKey());
                if (gone) {
                    entry.getValue().remove();
                }
                return gone;
            });
        }
        for (long id : shown) {
            if (followed.size() >= FOLLOWED_MAX) {
                break;
            }
            followed.computeIfAbsent(id, any -> broadcaster.watchSupports(any, count -> {
                if (refreshPending.compareAndSet(false, true)) {
                    CompletableFuture.delayedExecutor(LIVE_REFRESH.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                        refreshPending.set(false);
                        ui.access(this::refresh);
                    });
                }
            }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.title") + " | " + getTranslation("app.name");
    }
}
