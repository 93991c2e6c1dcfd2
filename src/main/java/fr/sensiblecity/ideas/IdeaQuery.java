package fr.sensiblecity.ideas;

import org.jspecify.annotations.Nullable;

/** What a reader asks of the idea list. Null filters mean "any"; a null state means every listed idea. */
public record IdeaQuery(@Nullable String text, @Nullable Long themeId, @Nullable Long territoryId,
        @Nullable Long districtId, @Nullable IdeaState state, IdeaSort sort) {

    public static IdeaQuery all(IdeaSort sort) {
        return new IdeaQuery(null, null, null, null, null, sort);
    }
}
