package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.NotificationItem;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Residents who follow a panel are told, once each time, when it moves on a phase; others are not. */
@MariaDbTest
class PanelFollowTest {

    @Autowired
    EventsDelivered delivered;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    FollowService follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long fanny;
    long follower;
    long bystander;
    long panel;

    @BeforeEach
    void aRecruitingPanelWithAFollower() {
        database.wipe();
        fanny = fixtures.resident("fanny");
        follower = fixtures.resident("camille");
        bystander = fixtures.resident("dominique");
        panel = fixtures.recruitingPanel(fixtures.commune(), 2, fanny);
        // Opening the panel's recruitment is itself a phase change: let it be told before anyone follows.
        delivered.await();
        Actors.resident(follower);
        follows.follow(TargetType.PANEL, panel);
        follows.follow(TargetType.PANEL, panel);
        assertThat(follows.isFollowing(TargetType.PANEL, panel)).isTrue();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    /** The draw moves the panel to DRAWN, then the facilitator moves it to LEARNING: two changes. */
    private void drawThenLearn() {
        Actors.resident(fixtures.resident("eliott"));
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        Actors.resident(fixtures.resident("gaspard"));
        volunteering.volunteer(panel, PanelFixtures.features("male", "Les Hameaux"), true);
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "seed");
        panels.advance(panel, PanelPhase.LEARNING);
        delivered.await();
    }

    @Test
    void a_follower_is_told_once_per_phase_change_and_a_non_follower_is_not() {
        drawThenLearn();

        Actors.resident(follower);
        assertThat(notifications.myNotifications(10))
                .filteredOn(item -> item.kind() == NotificationKind.PANEL_PHASE_CHANGED).hasSize(2)
                .allSatisfy(item -> {
                    assertThat(item.targetType()).isEqualTo(TargetType.PANEL);
                    assertThat(item.targetId()).isEqualTo(panel);
                });
        Actors.resident(bystander);
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .doesNotContain(NotificationKind.PANEL_PHASE_CHANGED);
    }

    @Test
    void a_resident_who_stopped_following_is_no_longer_told() {
        follows.unfollow(TargetType.PANEL, panel);
        assertThat(follows.isFollowing(TargetType.PANEL, panel)).isFalse();

        drawThenLearn();

        Actors.resident(follower);
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .doesNotContain(NotificationKind.PANEL_PHASE_CHANGED);
    }
}
