package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class IdeaServiceTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    TerritorySummary commune;
    long camille;

    @BeforeEach
    void aCommuneAndAResident() {
        database.wipe();
        commune = fixtures.commune(1240);
        camille = fixtures.resident("camille");
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void a_resident_posts_an_idea_that_visitors_read_and_find() {
        Actors.resident(camille);
        long id = ideas.submitIdea(fixtures.bikeIdea(commune));

        Actors.visitor();
        IdeaDetails idea = ideas.findIdea(id);
        assertThat(idea.title()).isEqualTo("Des vélos partagés au bourg");
        assertThat(idea.state()).isEqualTo(IdeaState.PUBLISHED);
        assertThat(idea.authorName()).isEqualTo("camille");
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 20)).extracting(IdeaCard::id).containsExactly(id);
        assertThat(ideas.browse(new IdeaQuery("velo", null, null, null, null, IdeaSort.NEWEST), 0, 20))
                .extracting(IdeaCard::id).containsExactly(id);
        assertThat(ideas.browse(new IdeaQuery("Mairie ÉCOLE", null, null, null, null, IdeaSort.NEWEST), 0, 20))
                .extracting(IdeaCard::id).containsExactly(id);
        assertThat(ideas.browse(new IdeaQuery("piscine", null, null, null, null, IdeaSort.NEWEST), 0, 20)).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_stored() {
        Actors.resident(camille);
        long mobility = fixtures.theme("mobility");
        String description = "Une description assez longue pour être acceptée.";
        assertRefused(new IdeaForm("   ", description, mobility, commune.id(), null), "idea.error.title");
        assertRefused(new IdeaForm("Vélo", description, mobility, commune.id(), null), "idea.error.title");
        assertRefused(new IdeaForm("x".repeat(10_000_000), description, mobility, commune.id(), null), "idea.error.title");
        assertRefused(new IdeaForm("Un titre correct", " \n\t ", mobility, commune.id(), null), "idea.error.description");
        assertRefused(new IdeaForm("Un titre correct", "y".repeat(10 * 1024 * 1024), mobility, commune.id(), null),
                "idea.error.description");
        assertRefused(new IdeaForm("Un titre correct", description, 999_999, commune.id(), null), "idea.error.theme");
        assertRefused(new IdeaForm("Un titre correct", description, mobility, 999_999, null), "idea.error.territory");
        assertRefused(new IdeaForm("Un titre correct", description, mobility, commune.id(), 999_999L), "idea.error.district");
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 20)).isEmpty();
    }

    @Test
    void markup_in_any_field_is_stored_as_typed_text() {
        Actors.resident(camille);
        String payload = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        long id = ideas.submitIdea(new IdeaForm("Titre " + payload, "Description " + payload + " assez longue.",
                fixtures.theme("culture"), commune.id(), null));
        assertThat(ideas.findIdea(id).title()).isEqualTo("Titre " + payload);
    }

    @Test
    void visitors_cannot_post_and_only_the_author_edits_or_withdraws() {
        Actors.visitor();
        assertThatThrownBy(() -> ideas.submitIdea(fixtures.bikeIdea(commune))).isInstanceOf(AccessDeniedException.class);

        Actors.resident(camille);
        long id = ideas.submitIdea(fixtures.bikeIdea(commune));
        long other = fixtures.resident("dominique");
        for (Runnable stranger : new Runnable[] {Actors::visitor, () -> Actors.resident(other),
                () -> Actors.resident(other, Role.MODERATOR), () -> Actors.resident(other, Role.ADMINISTRATOR)}) {
            stranger.run();
            assertThatThrownBy(() -> ideas.editIdea(id, fixtures.bikeIdea(commune))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ideas.withdrawIdea(id)).isInstanceOf(AccessDeniedException.class);
        }

        Actors.resident(camille);
        IdeaForm reworded = new IdeaForm("Des vélos partagés pour tous", fixtures.bikeIdea(commune).description(),
                fixtures.theme("mobility"), commune.id(), commune.districts().getFirst().id());
        ideas.editIdea(id, reworded);
        assertThat(ideas.findIdea(id).title()).isEqualTo("Des vélos partagés pour tous");
        assertThat(ideas.findIdea(id).districtId()).isEqualTo(commune.districts().getFirst().id());

        ideas.withdrawIdea(id);
        assertThat(ideas.findIdea(id).state()).isEqualTo(IdeaState.WITHDRAWN);
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 20)).isEmpty();
    }

    @Test
    void an_idea_can_no_longer_be_reworded_once_someone_supports_it() {
        Actors.resident(camille);
        long id = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(fixtures.resident("dominique"));
        supports.support(id);

        Actors.resident(camille);
        assertThatThrownBy(() -> ideas.editIdea(id, fixtures.bikeIdea(commune))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("idea.error.notEditable");
    }

    @Test
    void a_resident_posts_at_most_five_ideas_an_hour() {
        Actors.resident(camille);
        for (int i = 0; i < 5; i++) {
            ideas.submitIdea(fixtures.bikeIdea(commune));
            clock.advance(Duration.ofMinutes(1));
        }
        assertRefused(fixtures.bikeIdea(commune), "idea.error.rateLimit");
        clock.advance(Duration.ofMinutes(56));
        ideas.submitIdea(fixtures.bikeIdea(commune));
    }

    @Test
    void the_list_sorts_filters_and_suggests_similar_ideas() {
        Actors.resident(camille);
        long bikes = ideas.submitIdea(fixtures.bikeIdea(commune));
        long garden = ideas.submitIdea(new IdeaForm("Un jardin partagé", "Transformer la friche derrière l'école en "
                + "jardin partagé et composteur.", fixtures.theme("zero-waste"), commune.id(), null));
        Actors.resident(fixtures.resident("dominique"));
        supports.support(garden);

        Actors.visitor();
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.MOST_SUPPORTED), 0, 20)).extracting(IdeaCard::id)
                .containsExactly(garden, bikes);
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 20)).extracting(IdeaCard::id)
                .containsExactly(garden, bikes);
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.TRENDING), 0, 1)).extracting(IdeaCard::id).containsExactly(garden);
        assertThat(ideas.browse(new IdeaQuery(null, fixtures.theme("mobility"), null, null, null, IdeaSort.NEWEST), 0, 20))
                .extracting(IdeaCard::id).containsExactly(bikes);
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 1, 20)).extracting(IdeaCard::id).containsExactly(bikes);
        assertThat(ideas.similarIdeas("Vélo partagé", "une station de vélos")).extracting(IdeaCard::id).first()
                .isEqualTo(bikes);
        assertThatThrownBy(() -> ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 1000)).isInstanceOf(DomainException.class);
    }

    private void assertRefused(IdeaForm form, String key) {
        assertThatThrownBy(() -> ideas.submitIdea(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo(key);
    }
}
