package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import org.junit.jupiter.api.Test;

/** What a resident types as an idea is stored as it reads, and its limits count what a reader sees. */
class IdeaTextTest {

    private static final String DESCRIPTION = "Installer une station de vélos partagés près de la mairie.";

    @Test
    void a_title_made_only_of_invisible_characters_fails_the_five_character_minimum() {
        assertRefused(new IdeaForm("\u0085\u2028\u2029\u00a0\u00a0\u200b\u200b", DESCRIPTION, 1, 1, null),
                "idea.error.title");
        assertRefused(new IdeaForm("Vé\u200b\u200blo", DESCRIPTION, 1, 1, null), "idea.error.title");
        assertThat(new IdeaForm("Vélos", DESCRIPTION, 1, 1, null).validated().title()).isEqualTo("Vélos");
    }

    @Test
    void right_to_left_overrides_leave_the_title_and_decomposed_letters_are_composed() {
        IdeaForm valid = new IdeaForm("Des ve\u0301los \u202eau bourg\u202c", DESCRIPTION, 1, 1, null).validated();
        assertThat(valid.title()).isEqualTo("Des vélos au bourg");
    }

    @Test
    void a_description_with_a_lone_surrogate_is_refused_with_a_sentence() {
        assertRefused(new IdeaForm("Des vélos", DESCRIPTION + "\uD83D", 1, 1, null), "text.error.brokenUnicode");
    }

    private static void assertRefused(IdeaForm form, String key) {
        assertThatThrownBy(form::validated).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
