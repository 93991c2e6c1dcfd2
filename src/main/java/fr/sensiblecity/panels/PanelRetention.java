package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data minimisation: some months after a panel closes (sensible.panels.retention-months, 6 by default), its pool
 * has served its purpose. The job deletes the declared features of everyone who did not become a member
 * (volunteers and imported respondents alike) and detaches their seats from them; members' seats, the
 * panel's aggregate composition and the published draws (whose pool numbers then point to nobody) stay.
 */
@Component
class PanelRetention {

    private final PanelRepository panels;
    private final VolunteerRepository volunteers;
    private final SeatRepository seats;
    private final PanelSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    PanelRetention(PanelRepository panels, VolunteerRepository volunteers, SeatRepository seats,
            PanelSettings settings, AuditTrail audit, Clock clock) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.seats = seats;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many panels' pools were purged */
    @Scheduled(cron = "${sensible.panels.retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @Transactional
    public int purgeExpiredPools() {
        Instant now = clock.instant();
        Instant closedBefore = now.atOffset(ZoneOffset.UTC).minusMonths(settings.retentionMonths()).toInstant();
        List<Panel> expired = panels.findByPhaseAndClosedAtBeforeAndPoolPurgedAtIsNull(PanelPhase.CLOSED, closedBefore);
        for (Panel panel : expired) {
            List<Seat> panelSeats = seats.findByPanelIdOrderById(panel.id());
            Set<Long> members = panelSeats.stream().filter(seat -> seat.status() == SeatStatus.ACCEPTED
                    && seat.residentId() != null).map(Seat::volunteerId).collect(Collectors.toSet());
            panelSeats.stream().filter(seat -> seat.status() != SeatStatus.ACCEPTED).forEach(Seat::anonymise);
            List<Volunteer> pool = volunteers.findByPanelIdOrderById(panel.id()).stream()
                    .filter(volunteer -> !members.contains(volunteer.id())).toList();
            volunteers.deleteAll(pool);
            panel.poolPurged(now);
            audit.append(null, "PANEL_POOL_PURGED", PanelService.AUDIT_TARGET, panel.id(),
                    pool.size() + " pool entries deleted after " + settings.retentionMonths() + " months");
        }
        return expired.size();
    }
}
