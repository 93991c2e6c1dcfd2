package fr.sensiblecity.projects;

import static fr.sensiblecity.projects.ProjectFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.JobRuns;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.support.SecondInstance;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two instances share MariaDB; the scheduled campaign closing fires on both at the same moment. */
@MariaDbTest
class CampaignClosingAcrossInstancesTest {

    private static final String JOB = "campaign-closing";

    static SecondInstance instanceB;

    @Autowired
    CampaignClosingJob job;

    @Autowired
    CampaignService campaigns;

    @Autowired
    FundingService funding;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    @Autowired
    JobRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startInstanceB(@Autowired ApplicationContext instanceA) {
        instanceB = SecondInstance.startLike(instanceA, "sensible.cluster.key-prefix=sc-limits:jobs:");
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
        instanceB.bean(MutableClock.class).reset();
    }

    @Test
    void a_scheduled_job_runs_once_across_instances() throws Exception {
        database.wipe();
        clock.setTo(Instant.parse("2026-11-23T10:00:00Z"));
        TerritorySummary commune = fixtures.commune("Valbrume", 860, true);
        long moderator = fixtures.resident("morgane");
        long programme = fixtures.openProgramme("cluster", euros("10000"), new BigDecimal("0.5"), euros("50000"));
        long project = fixtures.project(commune, "Tiers-lieu", "third-places", new BigDecimal("1000"));
        Actors.resident(moderator, Role.MODERATOR);
        funding.checkEligibility(project, programme, Map.of());
        long campaign = campaigns.openCampaign(project, new CampaignForm(programme, new BigDecimal("1000"), null,
                clock.instant().plus(Duration.ofDays(30)), null, null));
        Actors.resident(fixtures.resident("alice"));
        campaigns.pledge(campaign, new BigDecimal("600"));
        Actors.clear();

        clock.advance(Duration.ofDays(31));
        MutableClock clockOfB = instanceB.bean(MutableClock.class);
        clockOfB.setTo(clock.instant());
        JobRuns runsOfB = instanceB.bean(JobRuns.class);
        runs.forget();
        runsOfB.forget();

        CyclicBarrier sameMoment = new CyclicBarrier(2);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> atTheSameMoment(sameMoment, job::closeDue)),
                CompletableFuture.runAsync(() -> atTheSameMoment(sameMoment, instanceB.bean(CampaignClosingJob.class)::closeDue)))
                .get();

        assertThat(List.of(runs.ran(JOB), runsOfB.ran(JOB))).as("runs on A and B").containsExactlyInAnyOrder(1, 0);
        assertThat(List.of(runs.skipped(JOB), runsOfB.skipped(JOB))).as("skipped on A and B")
                .containsExactlyInAnyOrder(0, 1);
        assertThat(campaigns.findCampaign(campaign).cityMatch()).isEqualByComparingTo("400.00");
        assertThat(fixtures.pot(programme)).isEqualByComparingTo("9600.00");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CLOSE_CAMPAIGN' and target_id = ?",
                Integer.class, campaign)).isOne();
    }

    private static void atTheSameMoment(CyclicBarrier barrier, Runnable run) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        run.run();
    }
}
