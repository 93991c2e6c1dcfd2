package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data minimisation: some months after a panel closes (sensible.panels.retention-months, 6 by default), its pool
 * has served its purpose. The job deletes the declared features of everyone who did not become a member
 * (volunteers and imported respondents alike) and detaches their seats from them; members' seats, the
 * panel's aggregate composition and the published draws (whose pool numbers then point to nobody) stay.
 *
 * <p>The schedule runs it on one instance at a time (base.SchedulingLocks). Should two runs meet anyway (a
 * manual run, a lock that expired), each panel is purged in its own transaction under the panel's row lock and
 * only if not purged yet: the second run waits, finds it done, and neither deletes nor records it again.
 */
@Component
class PanelRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PanelRetention.class);

    private final PanelRepository panels;
    private final VolunteerRepository volunteers;
    private final SeatRepository seats;
    private final PanelSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PanelRetention(PanelRepository panels, VolunteerRepository volunteers, SeatRepository seats,
            PanelSettings settings, AuditTrail audit, Clock clock, TransactionTemplate transaction) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.seats = seats;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${sensible.panels.retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "panel-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void purgeOnSchedule() {
        int purged = purgeExpiredPools();
        if (purged > 0) {
            LOG.info("Panel retention: {} pools purged", purged);
        }
    }

    /** @return how many panels' pools this call purged (not those another run purged meanwhile) */
    public int purgeExpiredPools() {
        Instant now = clock.instant();
        Instant closedBefore = now.atOffset(ZoneOffset.UTC).minusMonths(settings.retentionMonths()).toInstant();
        List<Long> expired = panels.findByPhaseAndClosedAtBeforeAndPoolPurgedAtIsNull(PanelPhase.CLOSED, closedBefore)
                .stream().map(Panel::id).toList();
        int purged = 0;
        for (long panelId : expired) {
            try {
                purged += Boolean.TRUE.equals(transaction.execute(status -> purge(panelId, now))) ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.error("Purging the pool of panel {} failed; the next run tries again", panelId, failed);
            }
        }
        return purged;
    }

    private boolean purge(long panelId, Instant now) {
        Panel panel = panels.lock(panelId).orElse(null);
        if (panel == null || !panel.markPoolPurged(now)) {
            return false;
        }
        List<Seat> panelSeats = seats.findByPanelIdOrderById(panelId);
        Set<Long> members = panelSeats.stream().filter(seat -> seat.status() == SeatStatus.ACCEPTED
                && seat.residentId() != null).map(Seat::volunteerId).collect(Collectors.toSet());
        panelSeats.stream().filter(seat -> seat.status() != SeatStatus.ACCEPTED).forEach(Seat::anonymise);
        List<Volunteer> pool = volunteers.findByPanelIdOrderById(panelId).stream()
                .filter(volunteer -> !members.contains(volunteer.id())).toList();
        volunteers.deleteAll(pool);
        audit.append(null, "PANEL_POOL_PURGED", PanelService.AUDIT_TARGET, panelId,
                AuditDetails.of().count(pool.size()).count(settings.retentionMonths()));
        return true;
    }
}
