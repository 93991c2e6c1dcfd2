package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What a resident writes when posting or editing an idea. {@link #validated()} trims it and refuses what
 * cannot be published; markup is kept as typed and made inert when shown.
 */
public record IdeaForm(String title, String description, long themeId, long territoryId, @Nullable Long districtId) {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MIN = 20;
    static final int DESCRIPTION_MAX = 5000;

    public IdeaForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    IdeaForm validated() {
        if (title.length() > TITLE_MAX * 4) {
            throw new DomainException("idea.error.title", TITLE_MIN, TITLE_MAX);
        }
        String cleanTitle = Text.singleLine(title);
        if (!Text.fits(cleanTitle, TITLE_MIN, TITLE_MAX)) {
            throw new DomainException("idea.error.title", TITLE_MIN, TITLE_MAX);
        }
        if (description.length() > DESCRIPTION_MAX * 2) {
            throw new DomainException("idea.error.description", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        String cleanDescription = Text.multiLine(description);
        if (!Text.fits(cleanDescription, DESCRIPTION_MIN, DESCRIPTION_MAX)) {
            throw new DomainException("idea.error.description", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        return new IdeaForm(cleanTitle, cleanDescription, themeId, territoryId, districtId);
    }
}
