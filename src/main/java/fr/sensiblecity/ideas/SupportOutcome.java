package fr.sensiblecity.ideas;

/** What a support or its withdrawal left behind: the exact count, whether I support, the idea's state. */
public record SupportOutcome(int supportCount, boolean supported, IdeaState state) {
}
