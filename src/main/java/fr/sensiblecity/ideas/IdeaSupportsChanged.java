package fr.sensiblecity.ideas;

/** An idea's support count changed; published after commit so that live pages show only what is stored. */
public record IdeaSupportsChanged(long ideaId, long territoryId, int supportCount) {
}
