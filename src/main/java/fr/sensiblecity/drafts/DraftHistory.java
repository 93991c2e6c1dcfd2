package fr.sensiblecity.drafts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole draft's revisions, from its sections' kept versions: revision 0 is every section's first version, and
 * each accepted amendment, in the order they were accepted, makes the next revision.
 */
public final class DraftHistory {

    private final List<SectionVersion> changes;
    private final Map<Long, List<SectionVersion>> bySection = new LinkedHashMap<>();

    public DraftHistory(List<SectionVersion> versions) {
        for (SectionVersion version : versions) {
            bySection.computeIfAbsent(version.sectionId(), id -> new ArrayList<>()).add(version);
        }
        changes = versions.stream().filter(version -> version.number() > 1)
                .sorted(Comparator.comparing(SectionVersion::createdAt).thenComparing(SectionVersion::number)).toList();
    }

    /** The latest revision's number: how many amendments were accepted. */
    public int latest() {
        return changes.size();
    }

    /** The section versions that make the revision, section by section in draft order. */
    public Map<Long, SectionVersion> at(int revision) {
        int bounded = Math.max(0, Math.min(revision, changes.size()));
        Map<Long, SectionVersion> texts = new LinkedHashMap<>();
        bySection.forEach((section, versions) -> texts.put(section, versions.getFirst()));
        for (SectionVersion change : changes.subList(0, bounded)) {
            texts.put(change.sectionId(), change);
        }
        return texts;
    }

    public List<SectionVersion> versionsOf(long sectionId) {
        return bySection.getOrDefault(sectionId, List.of());
    }
}
