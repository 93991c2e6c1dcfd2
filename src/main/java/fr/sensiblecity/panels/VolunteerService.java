package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerifiedAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a panel's pool during recruitment: a resident declares one feature per category of the panel and
 * consents; they may change or withdraw it until the draw. A resident only ever reads their own declaration;
 * the whole pool is for facilitators.
 */
@Service
public class VolunteerService {

    static final ZoneId TERRITORY_TIME = ZoneId.of("Europe/Paris");

    private final PanelService panels;
    private final VolunteerRepository volunteers;
    private final DrawRecords records;
    private final CurrentResident current;
    private final Clock clock;
    private final ResidencyCheck residency;

    VolunteerService(PanelService panels, VolunteerRepository volunteers, DrawRecords records, CurrentResident current,
            Clock clock, ResidencyCheck residency) {
        this.residency = residency;
        this.panels = panels;
        this.records = records;
        this.volunteers = volunteers;
        this.current = current;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canVolunteer(authentication)")
    public void volunteer(long panelId, Map<String, String> declared, boolean consent) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Panel panel = panels.load(panelId);
        requireRecruiting(panel);
        residency.require(me, panel.territoryId(), VerifiedAction.VOLUNTEER_PANEL);
        if (!consent) {
            throw new DomainException("panel.error.consent");
        }
        Map<String, String> features = checkedFeatures(panel, declared);
        Optional<Volunteer> existing = volunteers.findByPanelIdAndResidentId(panelId, me);
        if (existing.isPresent()) {
            existing.get().redeclare(features, clock.instant());
        } else {
            volunteers.save(Volunteer.resident(panelId, me, features, clock.instant()));
        }
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canVolunteer(authentication)")
    public void withdraw(long panelId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Panel panel = panels.load(panelId);
        if (panel.phase() != PanelPhase.RECRUITING) {
            throw new DomainException("panel.error.tooLateToWithdraw");
        }
        requirePoolOpen(panelId);
        Volunteer volunteer = volunteers.findByPanelIdAndResidentId(panelId, me)
                .orElseThrow(() -> new DomainException("panel.error.notVolunteer"));
        volunteers.delete(volunteer);
    }

    /** The signed-in resident's own declaration, if they volunteered; nobody else's is ever returned here. */
    @Transactional(readOnly = true)
    public Optional<PoolEntry> myDeclaration(long panelId) {
        return current.id().flatMap(me -> volunteers.findByPanelIdAndResidentId(panelId, me)).map(VolunteerService::entry);
    }

    @Transactional(readOnly = true)
    public long poolSize(long panelId) {
        return volunteers.countByPanelId(panelId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public List<PoolEntry> pool(long panelId) {
        return volunteers.findByPanelIdOrderById(panelId).stream().map(VolunteerService::entry).toList();
    }

    static PoolEntry entry(Volunteer volunteer) {
        return new PoolEntry(volunteer.poolId(), volunteer.externalId(), volunteer.residentId() != null,
                volunteer.features());
    }

    void requireRecruiting(Panel panel) {
        if (panel.phase() != PanelPhase.RECRUITING) {
            throw new DomainException("panel.error.notRecruiting");
        }
        requirePoolOpen(panel.id());
        // Not clock.withZone(): a Clock need not honour it (the tests' MutableClock stays in UTC).
        LocalDate today = clock.instant().atZone(TERRITORY_TIME).toLocalDate();
        PanelDetails details = panel.details();
        if ((details.recruitmentOpens() != null && today.isBefore(details.recruitmentOpens()))
                || (details.recruitmentCloses() != null && today.isAfter(details.recruitmentCloses()))) {
            throw new DomainException("panel.error.outsideWindow");
        }
    }

    /** The published lottery was computed from the pool as it stood: joining or leaving now would not count. */
    void requirePoolOpen(long panelId) {
        if (records.anyPublished(panelId)) {
            throw new DomainException("panel.error.poolFrozen");
        }
    }

    /** Exactly one of the panel's features for each of its categories, and nothing else. */
    static Map<String, String> checkedFeatures(Panel panel, Map<String, String> declared) {
        Map<String, List<String>> categories = panel.form().categories();
        if (!declared.keySet().equals(categories.keySet())) {
            throw new DomainException("panel.error.declareEveryCategory");
        }
        declared.forEach((category, feature) -> {
            if (!categories.get(category).contains(feature)) {
                throw new DomainException("panel.error.unknownFeature", category, feature);
            }
        });
        return Map.copyOf(declared);
    }
}
