package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class FollowServiceTest {

    @Autowired
    FollowService follows;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long camille;
    long idea;

    @BeforeEach
    void anIdeaAndAResident() {
        database.wipe();
        var commune = fixtures.commune();
        idea = fixtures.ideaBy(fixtures.resident("author"), commune, "Des vélos partagés au bourg");
        camille = fixtures.resident("camille");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_resident_follows_an_idea_and_may_stop_following_it() {
        Actors.resident(camille);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isFalse();

        follows.follow(TargetType.IDEA, idea);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isTrue();

        follows.unfollow(TargetType.IDEA, idea);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isFalse();
    }

    @Test
    void following_twice_or_unfollowing_twice_is_harmless() {
        Actors.resident(camille);
        follows.follow(TargetType.IDEA, idea);
        follows.follow(TargetType.IDEA, idea);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isTrue();

        follows.unfollow(TargetType.IDEA, idea);
        follows.unfollow(TargetType.IDEA, idea);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isFalse();
    }

    @Test
    void an_unknown_idea_cannot_be_followed() {
        Actors.resident(camille);
        assertThatThrownBy(() -> follows.follow(TargetType.IDEA, 987_654)).isInstanceOf(DomainException.class)
                .extracting(refusal -> ((DomainException) refusal).messageKey()).isEqualTo("idea.error.notFound");
        assertThat(follows.isFollowing(TargetType.IDEA, 987_654)).isFalse();
    }

    @Test
    void a_visitor_cannot_follow_and_follows_nothing() {
        Actors.visitor();
        assertThatThrownBy(() -> follows.follow(TargetType.IDEA, idea)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> follows.unfollow(TargetType.IDEA, idea)).isInstanceOf(AccessDeniedException.class);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isFalse();
    }

    @Test
    void staff_without_a_resident_account_cannot_follow() {
        Actors.system();
        assertThatThrownBy(() -> follows.follow(TargetType.IDEA, idea)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void following_is_personal_one_residents_follow_is_not_anothers() {
        Actors.resident(camille);
        follows.follow(TargetType.IDEA, idea);

        Actors.resident(fixtures.resident("dominique"), Role.MODERATOR);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isFalse();
        follows.unfollow(TargetType.IDEA, idea);

        Actors.resident(camille);
        assertThat(follows.isFollowing(TargetType.IDEA, idea)).isTrue();
    }
}
