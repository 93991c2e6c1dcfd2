package fr.sensiblecity.drafts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A draft as its pages show it: what it answers, where it stands, its rules and its sections' current text. */
public record DraftDetails(long id, String title, String question, String authority, @Nullable Long panelId,
        DraftPhase phase, VoteRule amendmentRule, VoteRule recommendationRule, Instant createdAt,
        List<SectionText> sections, int participantCount) {

    public boolean openProcess() {
        return panelId == null;
    }

    /** A section's current version, and the groups that write it (open processes). */
    public record SectionText(long id, int position, String title, int version, String text, List<String> groups) {
    }
}
