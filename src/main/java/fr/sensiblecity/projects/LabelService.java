package fr.sensiblecity.projects;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Labels on territories and projects: everyone reads them; administrators create and award them. */
@Service
public class LabelService {

    static final int NAME_MAX = 80;
    static final int DETAILS_MAX = 500;

    private final LabelStore labels;
    private final ProjectStore projects;
    private final TerritoryService territories;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    LabelService(LabelStore labels, ProjectStore projects, TerritoryService territories, AuditTrail audit,
            CurrentResident current, Clock clock) {
        this.labels = labels;
        this.projects = projects;
        this.territories = territories;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Label> listLabels() {
        return labels.all();
    }

    @Transactional(readOnly = true)
    public List<Label.Award> listAwards() {
        return labels.awards();
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public long createLabel(String name, String details) {
        String cleanName = FreeText.singleLine(name);
        String cleanDetails = FreeText.multiLine(details);
        if (!FreeText.fits(cleanName, 3, NAME_MAX) || !FreeText.fits(cleanDetails, 0, DETAILS_MAX)) {
            throw new DomainException("label.error.name", 3, NAME_MAX, DETAILS_MAX);
        }
        try {
            long id = labels.create(cleanName, cleanDetails);
            audit.append(current.id().orElse(null), "CREATE_LABEL", "LABEL", id, cleanName);
            return id;
        } catch (DuplicateKeyException taken) {
            throw new DomainException("label.error.taken", cleanName);
        }
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public void award(long labelId, LabelTarget type, long targetId) {
        requireTarget(labelId, type, targetId);
        if (labels.award(labelId, type, targetId, clock.instant())) {
            audit.append(current.id().orElse(null), "AWARD_LABEL", type.name(), targetId,
                    AuditDetails.of().count(labelId));
        }
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public void revoke(long labelId, LabelTarget type, long targetId) {
        if (labels.revoke(labelId, type, targetId)) {
            audit.append(current.id().orElse(null), "REVOKE_LABEL", type.name(), targetId,
                    AuditDetails.of().count(labelId));
        }
    }

    private void requireTarget(long labelId, LabelTarget type, long targetId) {
        if (!labels.exists(labelId)) {
            throw new NotFound("label.error.notFound");
        }
        boolean exists = type == LabelTarget.TERRITORY ? territories.findTerritory(targetId).isPresent()
                : !projects.title(targetId).isEmpty();
        if (!exists) {
            throw new NotFound(type == LabelTarget.TERRITORY ? "territory.error.notFound" : "project.error.notFound");
        }
    }
}
