package fr.sensiblecity.support;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties what tests create, so each test starts from the migrated schema with only the default themes.
 * Tests run one at a time against the shared test database, so wiping between them is safe.
 */
@Component
public class CleanDatabase {

    private final JdbcTemplate jdbc;

    CleanDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void wipe() {
        letListenersFinish();
        jdbc.update("delete from EVENT_PUBLICATION");
        jdbc.update("delete from email_outbox");
        jdbc.update("delete from consultation_comment");
        jdbc.update("delete from ballot");
        jdbc.update("delete from recommendation");
        jdbc.update("delete from amendment_comment");
        jdbc.update("delete from amendment_support");
        jdbc.update("delete from draft_section_version");
        jdbc.update("delete from amendment");
        jdbc.update("delete from draft_section_group");
        jdbc.update("delete from draft_section");
        jdbc.update("delete from draft_participant");
        jdbc.update("delete from draft_group");
        jdbc.update("delete from draft");
        jdbc.update("delete from panel_expert_request");
        jdbc.update("delete from panel_evidence_content");
        jdbc.update("delete from panel_evidence");
        jdbc.update("delete from panel_draw");
        jdbc.update("delete from panel_seat");
        jdbc.update("delete from panel_volunteer_feature");
        jdbc.update("delete from panel_volunteer");
        jdbc.update("delete from panel_session");
        jdbc.update("delete from panel_quota");
        jdbc.update("delete from panel");
        jdbc.update("delete from pledge");
        jdbc.update("delete from campaign");
        jdbc.update("delete from funding_line");
        jdbc.update("delete from eligibility_reason");
        jdbc.update("delete from eligibility_check");
        jdbc.update("delete from funding_programme where code like 'test-%'");
        jdbc.update("delete from label_award");
        jdbc.update("delete from project_label where name <> 'Territoire French Impact'");
        jdbc.update("delete from milestone");
        jdbc.update("delete from project_event");
        jdbc.update("delete from project_idea");
        jdbc.update("delete from project_theme");
        jdbc.update("delete from project");
        jdbc.update("delete from report");
        jdbc.update("update idea_comment set parent_id = null");
        jdbc.update("delete from idea_comment");
        jdbc.update("delete from email_digest_item");
        jdbc.update("delete from email_preference");
        jdbc.update("delete from email_subscriber");
        jdbc.update("delete from notification");
        jdbc.update("delete from follow");
        jdbc.update("delete from idea_support_event");
        jdbc.update("delete from idea_term");
        jdbc.update("delete from idea_support");
        jdbc.update("update idea set merged_into_id = null");
        jdbc.update("delete from idea");
        jdbc.update("delete from resident_role");
        jdbc.update("delete from resident");
        jdbc.update("delete from district");
        jdbc.update("delete from territory");
        jdbc.update("delete from theme where code like 'test-%'");
        // Scheduled-job locks are released, not deleted: ShedLock remembers which rows exist and would not
        // recreate a deleted one until restart. A test calling a job then finds it free, whatever ran before.
        jdbc.update("update shedlock set lock_until = locked_at");
    }

    /**
     * The previous test's listeners between modules may still run in the background: give them a few seconds,
     * so that they do not write into the next test's data. One that failed is not waited for.
     */
    private void letListenersFinish() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && inFlight() > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long inFlight() {
        Long count = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null "
                + "and (status is null or status <> 'FAILED')", Long.class);
        return count == null ? 0 : count;
    }
}
