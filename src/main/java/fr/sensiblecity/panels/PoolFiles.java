package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.panels.sortition.PractitionerFiles;
import fr.sensiblecity.panels.sortition.Quota;
import fr.sensiblecity.panels.sortition.Respondent;
import fr.sensiblecity.panels.sortition.SortitionInputException;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool in the files sortition practitioners use: {@code categories.csv} ({@code category,feature,min,max})
 * and {@code respondents.csv} ({@code id} and one column per category). Import adds respondents who answered
 * paper invitations to the pool (and, given a categories file, sets the panel's quotas); export writes the whole
 * pool, so the draw can be repeated with the command-line tool. All or nothing: one bad line imports nothing.
 */
@Service
public class PoolFiles {

    static final String CATEGORIES = "categories.csv";
    static final String RESPONDENTS = "respondents.csv";
    /** Rows of one insert statement: 3,000 parameters, well under every driver's limit. */
    static final int ROWS_PER_STATEMENT = 1000;

    private final PanelService panels;
    private final VolunteerRepository volunteers;
    private final VolunteerService volunteering;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final Clock clock;
    private final PanelSettings settings;
    private final JdbcTemplate jdbc;

    PoolFiles(PanelService panels, VolunteerRepository volunteers, VolunteerService volunteering,
            CurrentResident current, AuditTrail audit, Clock clock, PanelSettings settings, JdbcTemplate jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.panels = panels;
        this.volunteers = volunteers;
        this.volunteering = volunteering;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file an import reads; an upload stops reading past it. */
    public long maxFileBytes() {
        return settings.poolFileMaxBytes();
    }

    /** @return how many respondents joined the pool */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public int importPool(long panelId, @Nullable String categoriesCsv, String respondentsCsv) {
        return importPool(panelId, categoriesCsv, respondentsCsv, (written, total) -> { });
    }

    /**
     * Imports in time linear in the rows: the file is checked whole first (one bad line imports nothing), the ids
     * already in the pool are read in one query, then respondents and their features are written in multi-row
     * statements of {@value #ROWS_PER_STATEMENT}, {@code progress} told after each (rows written, rows in all).
     * The pool's unique (panel, id) still refuses an id that another import added meanwhile.
     *
     * @return how many respondents joined the pool
     */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public int importPool(long panelId, @Nullable String categoriesCsv, String respondentsCsv, Progress progress) {
        for (String file : new String[] {categoriesCsv, respondentsCsv}) {
            // Characters never outnumber the UTF-8 bytes they came from.
            if (file != null && file.length() > settings.poolFileMaxBytes()) {
                throw new DomainException("panel.error.poolFileSize", settings.poolFileMaxBytes() / (1024 * 1024));
            }
        }
        Panel panel = panels.load(panelId);
        volunteering.requireRecruiting(panel);
        try {
            List<Quota> quotas;
            if (categoriesCsv != null && !categoriesCsv.isBlank()) {
                quotas = PractitionerFiles.categories(CATEGORIES, categoriesCsv);
                PanelForm current = panel.form();
                panel.edit(new PanelForm(current.question(), current.authority(), current.territoryId(),
                        current.size(), current.reserves(), current.recruitmentOpens(), current.recruitmentCloses(),
                        quotas.stream().map(quota -> new QuotaLine(quota.category().name(), quota.feature().value(),
                                quota.min(), quota.max())).toList(), current.sessions()).validated(),
                        volunteers.countByPanelId(panelId) > 0);
            } else {
                quotas = panel.quotaLines().stream()
                        .map(line -> Quota.of(line.category(), line.feature(), line.min(), line.max())).toList();
            }
            List<Respondent> respondents = PractitionerFiles.respondents(RESPONDENTS, respondentsCsv, quotas);
            Set<String> inPool = new HashSet<>(jdbc.queryForList(
                    "select external_id from panel_volunteer where panel_id = ? and external_id is not null",
                    String.class, panelId));
            for (Respondent respondent : respondents) {
                if (respondent.id().length() > 60 || inPool.contains(respondent.id())) {
                    throw new DomainException("panel.error.importId", respondent.id());
                }
            }
            write(panelId, respondents, progress);
            panels.save(panel);
            audit.append(current.id().orElse(null), "PANEL_POOL_IMPORTED", PanelService.AUDIT_TARGET, panelId,
                    AuditDetails.of().count(respondents.size()));
            return respondents.size();
        } catch (SortitionInputException badFile) {
            throw new DomainException("panel.csv." + badFile.problem(), badFile.arguments());
        }
    }

    /** Told how far an import has gone. */
    @FunctionalInterface
    public interface Progress {

        void written(int rows, int total);
    }

    private void write(long panelId, List<Respondent> respondents, Progress progress) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int total = respondents.size();
        for (int from = 0; from < total; from += ROWS_PER_STATEMENT) {
            List<Respondent> chunk = respondents.subList(from, Math.min(total, from + ROWS_PER_STATEMENT));
            List<Object> arguments = new ArrayList<>(chunk.size() * 3);
            for (Respondent respondent : chunk) {
                arguments.add(panelId);
                arguments.add(respondent.id());
                arguments.add(now);
            }
            try {
                jdbc.update("insert into panel_volunteer (panel_id, external_id, consented_at) values "
                        + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")), arguments.toArray());
            } catch (DuplicateKeyException addedMeanwhile) {
                throw new DomainException("panel.error.importId", duplicateOf(panelId, chunk));
            }
            Map<String, Long> ids = new HashMap<>(chunk.size() * 2);
            jdbc.query("select id, external_id from panel_volunteer where panel_id = ? and external_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    (RowCallbackHandler) row -> ids.put(row.getString(2), row.getLong(1)),
                    concat(panelId, chunk.stream().map(Respondent::id).toList()));
            List<Object> features = new ArrayList<>();
            int rows = 0;
            for (Respondent respondent : chunk) {
                long volunteer = ids.get(respondent.id());
                for (var feature : respondent.features().entrySet()) {
                    features.add(volunteer);
                    features.add(feature.getKey().name());
                    features.add(feature.getValue().value());
                    rows++;
                }
            }
            if (rows > 0) {
                jdbc.update("insert into panel_volunteer_feature (volunteer_id, category, feature) values "
                        + String.join(", ", Collections.nCopies(rows, "(?, ?, ?)")), features.toArray());
            }
            progress.written(from + chunk.size(), total);
        }
    }

    private String duplicateOf(long panelId, List<Respondent> chunk) {
        Set<String> inPool = new HashSet<>(jdbc.queryForList(
                "select external_id from panel_volunteer where panel_id = ? and external_id is not null",
                String.class, panelId));
        return chunk.stream().map(Respondent::id).filter(inPool::contains).findFirst().orElse("");
    }

    private static Object[] concat(Object first, List<?> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public String exportCategories(long panelId) {
        return PractitionerFiles.categoriesText(panels.load(panelId).quotaLines().stream()
                .map(line -> Quota.of(line.category(), line.feature(), line.min(), line.max())).toList());
    }

    /** Every person of the pool under their pool number, the id of the published lottery. */
    @Transactional(readOnly = true)
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public String exportRespondents(long panelId) {
        List<String> categories = List.copyOf(panels.load(panelId).form().categories().keySet());
        Map<String, Map<String, String>> pool = new LinkedHashMap<>();
        volunteers.findByPanelIdOrderById(panelId).forEach(volunteer -> pool.put(volunteer.poolId(),
                volunteer.features()));
        return PractitionerFiles.respondentsText(categories, pool);
    }
}
