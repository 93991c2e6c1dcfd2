package fr.sensiblecity.ideas;

import java.util.List;
import java.util.Set;

/**
 * Moderators accepted these ideas into an experimental project. {@code authorsAndSupporters} counts each
 * resident once across the ideas; their followers are for the listener to add.
 */
public record IdeasAccepted(long projectId, List<Long> ideaIds, Set<Long> authorsAndSupporters) {

    public IdeasAccepted {
        ideaIds = List.copyOf(ideaIds);
        authorsAndSupporters = Set.copyOf(authorsAndSupporters);
    }
}
