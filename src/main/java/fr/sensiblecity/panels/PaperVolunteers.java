package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteering for a panel on a paper form at a counter (issue 13, participation through a mediator). The person
 * declares on paper one feature per category of the panel, as the online form asks, and consents by signing; the
 * mediator records it under the person's paper account. When the person claims their paper records, the entry passes
 * to their account while the pool is still open; if they had volunteered online too, their online declaration
 * stays and the paper one goes, so that nobody is twice in the pool. Once the lottery is published the pool is
 * frozen and the paper entry stays as it was drawn from.
 */
@Service
public class PaperVolunteers {

    private final PanelService panels;
    private final VolunteerService volunteering;
    private final VolunteerRepository volunteers;
    private final DrawRecords records;
    private final ResidentService residents;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    PaperVolunteers(PanelService panels, VolunteerService volunteering, VolunteerRepository volunteers,
            DrawRecords records, ResidentService residents, AuditTrail audit, CurrentResident current, Clock clock) {
        this.panels = panels;
        this.volunteering = volunteering;
        this.volunteers = volunteers;
        this.records = records;
        this.residents = residents;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Records the volunteering a person signed on paper for a recruiting panel of the mediator's counter territory. */
    @Transactional
    @PreAuthorize("@panelPermissions.canRecordOnPaper(authentication)")
    public void recordPaperVolunteering(long panelId, long volunteerId, long counterTerritoryId,
            Map<String, String> declared, String formReference) {
        Panel panel = panels.load(panelId);
        if (panel.territoryId() != counterTerritoryId) {
            throw new DomainException("paper.error.otherTerritory");
        }
        volunteering.requireRecruiting(panel);
        Map<String, String> features = VolunteerService.checkedFeatures(panel, declared);
        if (volunteers.findByPanelIdAndResidentId(panelId, volunteerId).isPresent()) {
            throw new DomainException("paper.error.alreadyVolunteers");
        }
        volunteers.save(Volunteer.resident(panelId, volunteerId, features, clock.instant()));
        audit.append(current.id().orElse(null), "VOLUNTEERING_RECORDED_ON_PAPER", "PANEL", panelId,
                AuditDetails.of().text(formReference));
    }

    /**
     * The signed-in resident takes over the pool entries of their paper account, where the pool is still open; an
     * entry of a panel they had joined online as well is dropped.
     */
    @Transactional
    @PreAuthorize("@panelPermissions.canVolunteer(authentication)")
    public HandOver takeOver(long paperVolunteerId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!residents.isPaperParticipant(paperVolunteerId)) {
            throw new AccessDeniedException("only the entries of a paper account can be handed over");
        }
        int moved = 0;
        int merged = 0;
        int frozen = 0;
        for (Volunteer paper : volunteers.findByResidentId(paperVolunteerId)) {
            if (records.anyPublished(paper.panelId())) {
                frozen++;
            } else if (volunteers.findByPanelIdAndResidentId(paper.panelId(), me).isPresent()) {
                volunteers.delete(paper);
                merged++;
            } else {
                paper.handOverTo(me);
                moved++;
            }
        }
        return new HandOver(moved, merged, frozen);
    }

    /** Pool entries that passed to the account, dropped as duplicates of an online one, or left in a frozen pool. */
    public record HandOver(int moved, int merged, int frozen) {
    }
}
