package fr.sensiblecity.ideas;

import java.util.List;

/** One entry of the moderators' report queue: the content, where it lives, and why people reported it. */
public record ReportedContent(ContentType type, long targetId, long ideaId, String excerpt, boolean hidden,
        int reports, List<String> reasons) {
}
