package fr.sensiblecity.drafts;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator gives to open a draft: its title, the question it answers, the authority that commits to
 * answer, and the panel that writes it (none for an open process with organisations).
 */
public record DraftForm(String title, String question, String authority, @Nullable Long panelId) {

    static final int TITLE_MAX = 160;
    static final int QUESTION_MAX = 1000;
    static final int AUTHORITY_MAX = 200;

    public DraftForm {
        title = title == null ? "" : title.strip();
        question = question == null ? "" : question.strip();
        authority = authority == null ? "" : authority.strip();
    }
}
