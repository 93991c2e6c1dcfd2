package fr.sensiblecity.ideas;

import fr.sensiblecity.base.StreamedDataset;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public ideas as open data: what anyone can read on the site, with their counts and public answer, and nothing
 * about who wrote or supported them. Withdrawn and hidden ideas are left out, as in the public lists.
 */
@Component
class IdeaDataset extends StreamedDataset {

    private static final List<Column> COLUMNS = List.of(
            new Column("id", "openData.ideas.id"),
            new Column("title", "openData.ideas.title"),
            new Column("theme_code", "openData.ideas.themeCode"),
            new Column("territory_code", "openData.ideas.territoryCode"),
            new Column("district", "openData.ideas.district"),
            new Column("state", "openData.ideas.state"),
            new Column("created_on", "openData.ideas.createdOn"),
            new Column("supports", "openData.ideas.supports"),
            new Column("comments", "openData.ideas.comments"),
            new Column("answer", "openData.ideas.answer"),
            new Column("support_chain_head", "openData.ideas.chainHead"),
            new Column("support_chain_computed_at", "openData.ideas.chainComputedAt"));

    private final TerritoryService territories;

    IdeaDataset(DataSource dataSource, TerritoryService territories) {
        super("ideas", COLUMNS, dataSource);
        this.territories = territories;
    }

    /** One read-only transaction: the whole file is one consistent picture, however long the download takes. */
    @Override
    @Transactional(readOnly = true)
    public void forEachRow(RowSink sink) {
        // Small lookups first: a streaming result set keeps the connection busy until its last row.
        Map<Long, String> themes = territories.listThemes().stream()
                .collect(Collectors.toMap(ThemeSummary::id, ThemeSummary::code));
        List<TerritorySummary> all = territories.listTerritories();
        Map<Long, String> communes = all.stream().collect(Collectors.toMap(TerritorySummary::id,
                TerritorySummary::officialCode));
        Map<Long, String> districts = new HashMap<>();
        all.forEach(territory -> districts.putAll(territory.districts().stream()
                .collect(Collectors.toMap(DistrictRef::id, DistrictRef::name, (a, b) -> a))));
        Function<Long, String> district = id -> id == null ? null : districts.get(id);
        stream(sink, "select id, title, theme_id, territory_id, district_id, state, created_at, support_count, "
                + "comment_count, public_answer, chain_head, chain_head_at from idea where listed = true order by id",
                rs -> {
                    LocalDateTime headAt = rs.getObject(12, LocalDateTime.class);
                    return new Object[] {rs.getLong(1), rs.getString(2), themes.get(rs.getLong(3)),
                        communes.get(rs.getLong(4)), district.apply((Long) rs.getObject(5, Long.class)), rs.getString(6),
                        rs.getObject(7, LocalDateTime.class).toLocalDate(), rs.getInt(8), rs.getInt(9), rs.getString(10),
                        rs.getString(11).isEmpty() ? null : rs.getString(11),
                        headAt == null ? null : headAt.toInstant(ZoneOffset.UTC).toString()};
                });
    }
}
