package fr.sensiblecity.projects;

import fr.sensiblecity.base.StreamedDataset;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Projects with their funding and campaign totals, one row each, oldest first. No personal data: no pledger. */
@Component
class ProjectsDataset extends StreamedDataset {

    private static final List<Column> COLUMNS = List.of(
            new Column("project_id", "opendata.projects.project_id"),
            new Column("title", "opendata.projects.title"),
            new Column("territory", "opendata.projects.territory"),
            new Column("territory_code", "opendata.projects.territory_code"),
            new Column("phase", "opendata.projects.phase"),
            new Column("holder_type", "opendata.projects.holder_type"),
            new Column("budget_eur", "opendata.projects.budget_eur"),
            new Column("funded_eur", "opendata.projects.funded_eur"),
            new Column("funding_status", "opendata.projects.funding_status"),
            new Column("funding_percent", "opendata.projects.funding_percent"),
            new Column("campaign_target_eur", "opendata.projects.campaign_target_eur"),
            new Column("campaign_pledged_eur", "opendata.projects.campaign_pledged_eur"),
            new Column("campaign_pledgers", "opendata.projects.campaign_pledgers"),
            new Column("campaign_city_match_eur", "opendata.projects.campaign_city_match_eur"),
            new Column("campaign_state", "opendata.projects.campaign_state"));

    ProjectsDataset(DataSource dataSource) {
        super("projects", COLUMNS, dataSource);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachRow(RowSink sink) {
        stream(sink, "select p.id, p.title, t.name, t.official_code, p.phase, p.holder_type, p.budget, p.secured_amount, "
                + "p.funding_status, c.target, c.pledged_total, c.pledger_count, c.city_match, c.state "
                + "from project p join territory t on t.id = p.territory_id left join campaign c on c.project_id = p.id "
                + "order by p.id", rs -> {
                    BigDecimal budget = rs.getBigDecimal(7);
                    BigDecimal secured = rs.getBigDecimal(8);
                    boolean campaign = rs.getObject(10) != null;
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), budget, secured, rs.getString(9),
                        FundingStatus.percentage(secured, budget), rs.getBigDecimal(10), rs.getBigDecimal(11),
                        campaign ? rs.getInt(12) : null, rs.getBigDecimal(13), rs.getString(14)};
                });
    }
}
