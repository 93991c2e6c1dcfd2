package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing panels, reading them, and moving them through their phases. */
@Service
public class PanelService {

    static final String AUDIT_TARGET = "PANEL";

    private final PanelRepository panels;
    private final VolunteerRepository volunteers;
    private final TerritoryService territories;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final PanelPermissions permissions;
    private final DrawRecords records;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PanelThresholds thresholds;

    PanelService(PanelRepository panels, VolunteerRepository volunteers, TerritoryService territories,
            CurrentResident current, AuditTrail audit, PanelPermissions permissions, DrawRecords records, Clock clock,
            ApplicationEventPublisher events, PanelThresholds thresholds) {
        this.events = events;
        this.thresholds = thresholds;
        this.permissions = permissions;
        this.records = records;
        this.panels = panels;
        this.volunteers = volunteers;
        this.territories = territories;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public long createPanel(PanelForm form) {
        PanelForm valid = checkedTerritory(form.validated());
        Panel panel = panels.saveAndFlush(new Panel(valid, clock.instant()));
        audit.append(current.id().orElse(null), "PANEL_CREATE", AUDIT_TARGET, panel.id(), valid.question());
        return panel.id();
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void editPanel(long panelId, PanelForm form) {
        Panel panel = load(panelId);
        PanelForm valid = checkedTerritory(form.validated());
        if (valid.territoryId() != panel.territoryId() && panel.phase() != PanelPhase.DRAFT) {
            throw new DomainException("panel.error.territoryFixed");
        }
        if (records.anyPublished(panelId)) {
            throw new DomainException("panel.error.lotteryPublished");
        }
        panel.edit(valid, volunteers.countByPanelId(panelId) > 0);
        save(panel);
        audit.append(current.id().orElse(null), "PANEL_EDIT", AUDIT_TARGET, panelId, valid.question());
    }

    /** Adds a session to the schedule, in any phase before the panel closes; members and followers are told. */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void addSession(long panelId, SessionLine session) {
        SessionLine valid = PanelForm.validSession(session);
        Panel panel = load(panelId);
        panel.addSession(valid);
        save(panel);
        scheduleChanged("PANEL_SESSION_ADDED", panel, ScheduleChange.ADDED, valid, sessionText(valid));
    }

    /** Moves a session or changes its place or topic (identified by its position in the schedule, from 0). */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void changeSession(long panelId, int index, SessionLine session) {
        SessionLine valid = PanelForm.validSession(session);
        Panel panel = load(panelId);
        SessionLine before = panel.changeSession(index, valid);
        save(panel);
        scheduleChanged("PANEL_SESSION_MOVED", panel, ScheduleChange.MOVED, valid,
                sessionText(before) + " → " + sessionText(valid));
    }

    /** Cancels a session; it stays in the schedule, shown as cancelled. */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void cancelSession(long panelId, int index) {
        Panel panel = load(panelId);
        SessionLine cancelled = panel.cancelSession(index);
        save(panel);
        scheduleChanged("PANEL_SESSION_CANCELLED", panel, ScheduleChange.CANCELLED, cancelled,
                sessionText(cancelled));
    }

    private void scheduleChanged(String action, Panel panel, ScheduleChange change, SessionLine session, String reason) {
        audit.append(current.id().orElse(null), action, AUDIT_TARGET, panel.id(), reason);
        events.publishEvent(new PanelScheduleChanged(panel.id(), panel.question(), change, session.startsAt(),
                session.place()));
    }

    private static String sessionText(SessionLine session) {
        return session.startsAt() + " · " + session.place() + (session.topic().isEmpty() ? "" : " · " + session.topic());
    }

    /** Moves the panel one phase on; the draw itself moves it to {@code DRAWN}. */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void advance(long panelId, PanelPhase to) {
        Panel panel = load(panelId);
        if (to == PanelPhase.DRAWN) {
            throw new DomainException("panel.error.drawToAdvance");
        }
        if (to == PanelPhase.RECRUITING && panel.form().quotas().isEmpty()) {
            throw new DomainException("panel.error.noCategory");
        }
        panel.advanceTo(to, clock.instant());
        save(panel);
        audit.append(current.id().orElse(null), "PANEL_PHASE", AUDIT_TARGET, panelId, AuditDetails.of().label(to.labelKey()));
        events.publishEvent(new PanelPhaseChanged(panelId, panel.question(), to));
    }

    /** Categories and quotas to start from: census shares for gender, age band and education, districts equally. */
    @Transactional(readOnly = true)
    public List<QuotaLine> proposeQuotas(long territoryId, int size) {
        if (size < 1 || size > PanelForm.SIZE_MAX) {
            throw new DomainException("panel.error.size", PanelForm.SIZE_MAX);
        }
        return QuotaProposal.propose(territories.findTerritory(territoryId)
                .orElseThrow(() -> new DomainException("panel.error.territory")), size, thresholds.censusShares(),
                thresholds.toleranceDivisor());
    }

    /** A panel's page; a draft exists only for the staff who write it. */
    @Transactional(readOnly = true)
    public PanelDetails findPanel(long panelId) {
        Panel panel = load(panelId);
        if (panel.phase() == PanelPhase.DRAFT && !staff()) {
            throw new NotFound("panel.error.notFound");
        }
        return panel.details();
    }

    /** Public panels: every panel past its draft, newest first; facilitators who ask also see drafts. */
    @Transactional(readOnly = true)
    public List<PanelDetails> listPanels(boolean withDrafts) {
        boolean drafts = withDrafts && staff();
        return panels.findAllByOrderByIdDesc().stream()
                .filter(panel -> drafts || panel.phase() != PanelPhase.DRAFT).map(Panel::details).toList();
    }

    private boolean staff() {
        return permissions.canRun(SecurityContextHolder.getContext().getAuthentication());
    }

    Panel load(long panelId) {
        return panels.findById(panelId).orElseThrow(() -> new NotFound("panel.error.notFound"));
    }

    void save(Panel panel) {
        try {
            panels.saveAndFlush(panel);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new DomainException("panel.error.changedMeanwhile");
        }
    }

    private PanelForm checkedTerritory(PanelForm valid) {
        if (territories.findTerritory(valid.territoryId()).isEmpty()) {
            throw new DomainException("panel.error.territory");
        }
        return valid;
    }
}
