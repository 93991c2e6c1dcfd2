package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The schedule lives with the panel: once the lottery is published and the panel drawn and learning, its
 * facilitator still adds, moves and cancels sessions, until it closes; members and followers hear of each change.
 */
@MariaDbTest
class PanelScheduleTest {

    private static final LocalDateTime SATURDAY = LocalDateTime.of(2027, 3, 6, 9, 30);

    @Autowired
    EventsDelivered delivered;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    FollowService follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long fanny;
    long follower;
    long member;
    long bystander;
    long panel;

    @BeforeEach
    void aLearningPanelWithAMemberAndAFollower() {
        database.wipe();
        fanny = fixtures.resident("fanny");
        follower = fixtures.resident("camille");
        bystander = fixtures.resident("dominique");
        member = fixtures.resident("eliott");
        panel = fixtures.recruitingPanel(fixtures.commune(), 2, fanny);
        Actors.resident(follower);
        follows.follow(TargetType.PANEL, panel);
        Actors.resident(member);
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        Actors.resident(fixtures.resident("gaspard"));
        volunteering.volunteer(panel, PanelFixtures.features("male", "Les Hameaux"), true);
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "seed");
        Actors.resident(member);
        seats.acceptSeat(panel);
        Actors.resident(fanny, Role.FACILITATOR);
        panels.advance(panel, PanelPhase.LEARNING);
        delivered.await();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_facilitator_adds_moves_and_cancels_sessions_while_the_panel_learns() {
        Actors.resident(fanny, Role.FACILITATOR);
        int before = panels.findPanel(panel).sessions().size();
        panels.addSession(panel, new SessionLine(SATURDAY, " Salle des fêtes ", "Audition d'experts"));
        panels.changeSession(panel, before, new SessionLine(SATURDAY.plusDays(7), "Médiathèque", "Audition d'experts"));
        panels.cancelSession(panel, 0);
        delivered.await();

        List<SessionLine> sessions = panels.findPanel(panel).sessions();
        assertThat(sessions.get(0).cancelled()).isTrue();
        assertThat(sessions.get(before)).isEqualTo(new SessionLine(SATURDAY.plusDays(7), "Médiathèque",
                "Audition d'experts", false));
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::action).containsExactly("PANEL_SESSION_CANCELLED",
                "PANEL_SESSION_MOVED", "PANEL_SESSION_ADDED");
        assertThat(audit.newestFirst(0, 3).get(1).reason()).isEqualTo(
                "2027-03-06T09:30 · Salle des fêtes · Audition d'experts → 2027-03-13T09:30 · Médiathèque · Audition d'experts");

        for (long told : new long[] {member, follower}) {
            Actors.resident(told);
            assertThat(notifications.myNotifications(20)).as("resident " + told)
                    .filteredOn(item -> item.kind() == NotificationKind.PANEL_SCHEDULE_CHANGED).hasSize(3)
                    .allSatisfy(item -> assertThat(item.targetId()).isEqualTo(panel));
        }
        Actors.resident(bystander);
        assertThat(notifications.myNotifications(20)).extracting(NotificationItem::kind)
                .doesNotContain(NotificationKind.PANEL_SCHEDULE_CHANGED);
    }

    @Test
    void bad_sessions_cancelled_ones_and_closed_panels_are_refused_and_nothing_changes() {
        Actors.resident(fanny, Role.FACILITATOR);
        List<SessionLine> before = panels.findPanel(panel).sessions();
        assertRefused(() -> panels.addSession(panel, new SessionLine(null, "Mairie", "")), "panel.error.session");
        assertRefused(() -> panels.addSession(panel, new SessionLine(SATURDAY, " ", "")), "panel.error.session");
        assertRefused(() -> panels.changeSession(panel, 99, new SessionLine(SATURDAY, "Mairie", "")),
                "panel.error.sessionNotFound");
        panels.cancelSession(panel, 0);
        assertRefused(() -> panels.cancelSession(panel, 0), "panel.error.sessionCancelled");
        assertRefused(() -> panels.changeSession(panel, 0, new SessionLine(SATURDAY, "Mairie", "")),
                "panel.error.sessionCancelled");
        for (PanelPhase next : new PanelPhase[] {PanelPhase.DELIBERATING, PanelPhase.CONSULTATION, PanelPhase.DECIDED,
                PanelPhase.ANSWERED, PanelPhase.CLOSED}) {
            panels.advance(panel, next);
        }
        assertRefused(() -> panels.addSession(panel, new SessionLine(SATURDAY, "Mairie", "")),
                "panel.error.scheduleClosed");
        assertThat(panels.findPanel(panel).sessions()).hasSize(before.size());
    }

    @Test
    void only_facilitators_and_administrators_change_the_schedule() {
        SessionLine session = new SessionLine(SATURDAY, "Mairie", "");
        Map<String, Runnable> actions = Map.of(
                "addSession", () -> panels.addSession(panel, session),
                "changeSession", () -> panels.changeSession(panel, 0, session),
                "cancelSession", () -> panels.cancelSession(panel, 0));
        actions.forEach((name, action) -> {
            Actors.visitor();
            assertThatThrownBy(action::run).as(name).isInstanceOf(AccessDeniedException.class);
            Actors.resident(member);
            assertThatThrownBy(action::run).as(name + " by a member").isInstanceOf(AccessDeniedException.class);
            Actors.resident(bystander, Role.MODERATOR);
            assertThatThrownBy(action::run).as(name + " by a moderator").isInstanceOf(AccessDeniedException.class);
        });
        Actors.resident(bystander, Role.ADMINISTRATOR);
        panels.addSession(panel, session);
        Actors.resident(fanny, Role.FACILITATOR);
        panels.changeSession(panel, 0, session);
        panels.cancelSession(panel, 0);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
