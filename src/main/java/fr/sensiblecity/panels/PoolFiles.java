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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
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

    private final PanelService panels;
    private final VolunteerRepository volunteers;
    private final VolunteerService volunteering;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final Clock clock;
    private final PanelSettings settings;

    PoolFiles(PanelService panels, VolunteerRepository volunteers, VolunteerService volunteering,
            CurrentResident current, AuditTrail audit, Clock clock, PanelSettings settings) {
        this.settings = settings;
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
            for (Respondent respondent : respondents) {
                if (respondent.id().length() > 60 || volunteers.existsByPanelIdAndExternalId(panelId, respondent.id())) {
                    throw new DomainException("panel.error.importId", respondent.id());
                }
                Map<String, String> features = new TreeMap<>();
                respondent.features().forEach((category, feature) -> features.put(category.name(), feature.value()));
                volunteers.save(Volunteer.imported(panelId, respondent.id(), features, clock.instant()));
            }
            panels.save(panel);
            audit.append(current.id().orElse(null), "PANEL_POOL_IMPORTED", PanelService.AUDIT_TARGET, panelId,
                    AuditDetails.of().count(respondents.size()));
            return respondents.size();
        } catch (SortitionInputException badFile) {
            throw new DomainException("panel.csv." + badFile.problem(), badFile.arguments());
        }
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
