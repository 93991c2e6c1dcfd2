package fr.sensiblecity.ideas;

import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ModeratedContent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Ideas as the moderation module sees them: a hidden idea keeps its page, which shows the public reason. */
@Component
class ModeratedIdeas implements ModeratedContent {

    private final IdeaRepository ideas;

    ModeratedIdeas(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    @Override
    public ContentKind kind() {
        return ContentType.IDEA;
    }

    @Override
    public Locked lock(long id) {
        Idea idea = locked(id);
        return new Locked(idea.authorId(), idea.state() == IdeaState.HIDDEN);
    }

    @Override
    public void hide(long id, String publicReason) {
        locked(id).hide(publicReason);
    }

    @Override
    public void restore(long id) {
        locked(id).restore();
    }

    @Override
    public Map<Long, InContext> inContext(Collection<Long> ids) {
        Map<Long, InContext> found = new HashMap<>();
        ideas.findAllById(ids).forEach(idea -> found.put(idea.id(),
                new InContext(idea.title(), idea.state() == IdeaState.HIDDEN, "ideas/" + idea.id())));
        return found;
    }

    /** Within the transaction the row is locked once; later calls find the entity already loaded. */
    private Idea locked(long id) {
        return ideas.lockById(id).orElseThrow(() -> new NotFound("idea.error.notFound"));
    }
}
