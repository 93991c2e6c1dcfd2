package fr.sensiblecity.panels;

import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public {@code panels} dataset: every panel past its draft, one row per feature of its quotas, with how
 * many members of the drawn panel have it. Aggregate only: no one's features, no pool number, no name.
 */
@Component
class PanelOpenData implements OpenDataset {

    private static final List<String> COLUMNS = List.of("panel_id", "question", "authority", "territory", "phase",
            "size", "category", "feature", "quota_min", "quota_max", "members");

    private final PanelRepository panels;
    private final SeatService seats;
    private final TerritoryService territories;

    PanelOpenData(PanelRepository panels, SeatService seats, TerritoryService territories) {
        this.panels = panels;
        this.seats = seats;
        this.territories = territories;
    }

    @Override
    public String name() {
        return "panels";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS.stream().map(column -> new Column(column, "openData.panels." + column)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachRow(RowSink sink) {
        Map<Long, String> names = territories.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::id, TerritorySummary::name));
        for (Panel panel : panels.findAll(org.springframework.data.domain.Sort.by("id"))) {
            if (panel.phase() == PanelPhase.DRAFT) {
                continue;
            }
            Map<String, Map<String, Integer>> members = seats.memberComposition(panel.id());
            PanelDetails details = panel.details();
            for (QuotaLine quota : details.quotas()) {
                sink.accept(details.id(), details.question(), details.authority(),
                        names.getOrDefault(details.territoryId(), ""), details.phase().name(), details.size(),
                        quota.category(), quota.feature(), quota.min(), quota.max(),
                        members.getOrDefault(quota.category(), Map.of()).getOrDefault(quota.feature(), 0));
            }
        }
    }
}
