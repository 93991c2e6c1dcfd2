package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rename does not re-attribute what one wrote before: each comment shows the name its author had then. */
@MariaDbTest
class CommentAuthorNameTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    CommentService comments;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyDatabase() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @AfterEach
    void reset() {
        clock.reset();
        Actors.clear();
    }

    @Test
    void earlier_comments_keep_the_name_their_author_had_when_writing_them() {
        long claire = fixtures.resident("Claire");
        var commune = fixtures.commune(1240);
        Actors.resident(claire);
        long idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(claire);
        comments.postComment(idea, null, "Je propose la place de l'église.");

        clock.advance(Duration.ofDays(2));
        residents.updateMyProfile(new ProfileForm("Claire des Prés", null, null, "fr"));
        clock.advance(Duration.ofMinutes(1));
        comments.postComment(idea, null, "Ou bien devant l'école.");

        assertThat(comments.discussion(idea)).extracting(CommentView::authorName)
                .containsExactly("Claire", "Claire des Prés");
    }
}
