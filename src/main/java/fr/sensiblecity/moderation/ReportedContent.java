package fr.sensiblecity.moderation;

import java.util.List;

/**
 * One entry of the moderators' report queue: the content, the page that shows it (anchor included), and why people
 * reported it.
 */
public record ReportedContent(ContentKind type, long targetId, String link, String excerpt, boolean hidden,
        int reports, List<String> reasons) {
}
