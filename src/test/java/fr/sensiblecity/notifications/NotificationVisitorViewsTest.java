package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** A visitor has no inbox: no bell, the notifications page asks to sign in, and so does following. */
@MariaDbTest
@WithAnonymousUser
class NotificationVisitorViewsTest extends SpringBrowserlessTest {

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long idea;

    @BeforeEach
    void anIdea() {
        database.wipe();
        idea = fixtures.ideaBy(fixtures.resident("dominique"), fixtures.commune(), "Des vélos partagés au bourg");
    }

    @Test
    void a_visitor_sees_no_bell() {
        navigate("ideas/" + idea, Component.class);
        assertThat($(Anchor.class).all()).noneMatch(anchor -> anchor.getId().orElse("").equals("notification-bell"));
    }

    @Test
    void a_visitor_who_opens_the_notifications_page_is_sent_to_sign_in() {
        navigate("notifications", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Connexion");
    }

    @Test
    void a_visitor_who_wants_to_follow_an_idea_is_asked_to_sign_in() {
        navigate("ideas/" + idea, Component.class);
        test($(Button.class).id("follow-button")).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Connexion");
    }
}
