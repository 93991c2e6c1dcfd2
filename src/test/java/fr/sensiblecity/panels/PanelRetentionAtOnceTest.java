package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention runs on one instance at a time, but a run that outlives its lock or a manual run may meet another:
 * then the pool is still deleted once, and the audit trail records it once.
 */
@MariaDbTest
class PanelRetentionAtOnceTest {

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    PanelService panels;

    @Autowired
    PanelRetention retention;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void two_retention_runs_at_once_purge_a_pool_once_with_one_audit_entry() throws Exception {
        database.wipe();
        TerritorySummary commune = fixtures.commune();
        long fanny = fixtures.resident("fanny");
        long panel = fixtures.recruitingPanel(commune, 4, fanny);
        String[][] people = {{"female", "Le Bourg"}, {"male", "Les Hameaux"}, {"female", "Les Hameaux"},
            {"male", "Le Bourg"}, {"female", "Le Bourg"}, {"male", "Le Bourg"}};
        List<Long> residents = new java.util.ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            residents.add(fixtures.resident("r" + i));
            Actors.resident(residents.get(i));
            volunteering.volunteer(panel, PanelFixtures.features(people[i][0], people[i][1]), true);
        }
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "42");
        for (long resident : residents) {
            Actors.resident(resident);
            seats.mySeat(panel).filter(seat -> seat.status() == SeatStatus.OFFERED).ifPresent(seat -> seats.acceptSeat(panel));
        }
        Actors.resident(fanny, Role.FACILITATOR);
        for (PanelPhase phase : List.of(PanelPhase.LEARNING, PanelPhase.DELIBERATING, PanelPhase.CONSULTATION,
                PanelPhase.DECIDED, PanelPhase.ANSWERED, PanelPhase.CLOSED)) {
            panels.advance(panel, phase);
        }
        Actors.clear();
        clock.setTo(Instant.now().plus(Duration.ofDays(190)));

        List<Integer> purged = atOnce(retention::purgeExpiredPools, retention::purgeExpiredPools);

        assertThat(purged).containsExactlyInAnyOrder(1, 0);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_POOL_PURGED' "
                + "and target_id = ?", Integer.class, panel)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from panel_volunteer where panel_id = ?", Integer.class, panel))
                .isEqualTo((int) jdbc.queryForObject("select count(*) from panel_seat where panel_id = ? "
                        + "and status = 'ACCEPTED' and resident_id is not null", Integer.class, panel));
        assertThat(retention.purgeExpiredPools()).isZero();
    }

    @SafeVarargs
    private static List<Integer> atOnce(Callable<Integer>... runs) throws Exception {
        CyclicBarrier start = new CyclicBarrier(runs.length);
        ExecutorService pool = Executors.newFixedThreadPool(runs.length);
        try {
            List<Future<Integer>> futures = new java.util.ArrayList<>();
            for (Callable<Integer> run : runs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return run.call();
                }));
            }
            List<Integer> results = new java.util.ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
