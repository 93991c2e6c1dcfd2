package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a facilitator types for a panel is cleaned by the shared free-text rules before it is checked. */
class PanelFormTextTest {

    private static final LocalDateTime SESSION = LocalDateTime.of(2027, 1, 16, 9, 30);

    @Test
    void the_question_authority_and_sessions_are_stored_as_they_read() {
        PanelForm valid = form("Comment\u2028partager la rue\u202e ?", "Mairie\u00a0de\u200b Valbrume",
                List.of(new QuotaLine("genre", "femme", 0, 12)),
                List.of(new SessionLine(SESSION, "Salle\u0085des fe\u0302tes", "Accueil\u2066"))).validated();

        assertThat(valid.question()).isEqualTo("Comment\npartager la rue ?");
        assertThat(valid.authority()).isEqualTo("Mairie de Valbrume");
        assertThat(valid.sessions().getFirst().place()).isEqualTo("Salle des fêtes");
        assertThat(valid.sessions().getFirst().topic()).isEqualTo("Accueil");
    }

    @Test
    void a_session_place_of_invisible_characters_or_a_quota_name_with_an_override_is_refused() {
        assertRefused(form("Comment partager la rue ?", "Mairie", List.of(new QuotaLine("genre", "femme", 0, 12)),
                List.of(new SessionLine(SESSION, "\u00a0\u2028\u200b", "Accueil"))), "panel.error.session");
        assertRefused(form("Comment partager la rue ?", "Mairie", List.of(new QuotaLine("genre\u202e", "femme", 0, 12)),
                List.of()), "panel.error.name");
    }

    @Test
    void a_question_holding_half_a_character_is_refused_with_a_sentence() {
        assertRefused(form("Comment partager la rue \uD83D?", "Mairie", List.of(), List.of()), "text.error.brokenUnicode");
    }

    private static PanelForm form(String question, String authority, List<QuotaLine> quotas, List<SessionLine> sessions) {
        return new PanelForm(question, authority, 1, 12, 2, null, null, quotas, sessions);
    }

    private static void assertRefused(PanelForm form, String key) {
        assertThatThrownBy(form::validated).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
