package fr.sensiblecity.moderation;

import fr.sensiblecity.base.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every kind of moderated content the modules plugged in, found by its key. */
@Component
class ContentKinds {

    private final Map<String, ModeratedContent> byKey = new LinkedHashMap<>();

    ContentKinds(List<ModeratedContent> contents) {
        for (ModeratedContent content : contents) {
            ModeratedContent twice = byKey.put(content.kind().key(), content);
            if (twice != null) {
                throw new IllegalStateException("Two moderated contents share the key " + content.kind().key());
            }
        }
    }

    ModeratedContent of(ContentKind kind) {
        return of(kind.key());
    }

    ModeratedContent of(String key) {
        ModeratedContent content = byKey.get(key);
        if (content == null) {
            throw new NotFound("moderation.error.unknownKind");
        }
        return content;
    }

    boolean known(String key) {
        return byKey.containsKey(key);
    }
}
