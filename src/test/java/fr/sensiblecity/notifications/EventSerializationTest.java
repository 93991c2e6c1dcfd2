package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.drafts.AmendmentDecided;
import fr.sensiblecity.drafts.RecommendationAnswered;
import fr.sensiblecity.drafts.RecommendationMergeProposed;
import fr.sensiblecity.drafts.RecommendationProposalDecided;
import fr.sensiblecity.ideas.CommentReplied;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.IdeasAccepted;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelPhaseChanged;
import fr.sensiblecity.panels.PanelSeatsOffered;
import fr.sensiblecity.projects.CampaignEnded;
import fr.sensiblecity.projects.ProjectPhase;
import fr.sensiblecity.projects.ProjectPhaseChanged;
import fr.sensiblecity.support.MariaDbTest;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Every event a notification listener receives is stored as JSON until the listener is done, and read back when
 * it is delivered again: each must come back equal (nulls, enums, sets, accented text), and the largest realistic
 * one must fit the stored column.
 */
@MariaDbTest
class EventSerializationTest {

    /** The event_publication.serialized_event column's length (V20). */
    private static final int STORED_MAX = 15_000;

    @Autowired
    EventSerializer serializer;

    @Test
    void every_event_between_modules_comes_back_equal_from_its_stored_form() {
        List<Object> events = List.of(
                new IdeaMatured(1, 2L), new IdeaMatured(1, null),
                new IdeaAnswered(1, IdeaState.MERGED, null, 7L), new IdeaAnswered(1, IdeaState.REJECTED, 2L, null),
                new CommentReplied(1, 2, null, 3), new CommentReplied(1, 2, 4L, 3),
                new IdeasAccepted(5, List.of(1L, 2L), Set.of(3L, 4L)),
                new CampaignEnded(1, 2, true, Set.of(3L, 4L)), new CampaignEnded(1, 2, false, Set.of()),
                new ProjectPhaseChanged(1, ProjectPhase.EXPERIMENTATION),
                new PanelPhaseChanged(1, "Faut-il piétonniser la rue de l'Église ? « Oui »", PanelPhase.DRAWN),
                new PanelSeatsOffered(1, "Quelle place pour le vélo ?", Set.of(1L, 2L), Set.of(3L)),
                new AmendmentDecided(1, 2, null, true, "Article 3 — Les mobilités"),
                new RecommendationAnswered(1, 2, "Plan climat", Set.of(5L, 6L)),
                new RecommendationProposalDecided(1, 2, "Un guichet « unique »", RecommendationProposalDecided.Outcome.MERGED,
                        Set.of(5L, 6L)),
                new RecommendationMergeProposed(1, 2, "Un accueil unique", Set.of(3L)));

        for (Object event : events) {
            Object stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).as("%s", stored).isEqualTo(event);
        }
    }

    @Test
    void a_campaign_with_a_thousand_pledgers_fits_the_stored_column() {
        Set<Long> pledgers = Set.copyOf(LongStream.rangeClosed(1_000_000, 1_001_000).boxed().toList());
        CampaignEnded large = new CampaignEnded(123_456, 654_321, true, pledgers);

        String stored = serializer.serialize(large).toString();

        assertThat(stored.length()).isLessThan(STORED_MAX);
        assertThat(serializer.deserialize(stored, CampaignEnded.class)).isEqualTo(large);
    }
}
