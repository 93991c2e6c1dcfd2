package fr.sensiblecity.drafts;

import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelRoster;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who writes and votes a draft. For a panel's draft: the panel's members, as its roster says now. For an open
 * process: the residents the facilitator assigned, each for an organisation and in a thematic group; a section
 * given to groups is amended and voted by those groups' members, a section given to none by every participant.
 */
@Component
class Participants {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PanelRoster> panels;

    Participants(JdbcTemplate jdbc, ObjectProvider<PanelRoster> panels) {
        this.jdbc = jdbc;
        this.panels = panels;
    }

    Set<Long> of(long draftId) {
        Long panelId = panelOf(draftId);
        if (panelId != null) {
            PanelRoster roster = panels.getIfAvailable();
            return roster == null ? Set.of() : Set.copyOf(roster.membersOf(panelId));
        }
        return new HashSet<>(jdbc.queryForList("select resident_id from draft_participant where draft_id = ?", Long.class,
                draftId));
    }

    boolean isMember(long draftId, long residentId) {
        Long panelId = panelOf(draftId);
        if (panelId != null) {
            PanelRoster roster = panels.getIfAvailable();
            return roster != null && roster.isMember(panelId, residentId);
        }
        Integer found = jdbc.queryForObject("select count(*) from draft_participant where draft_id = ? and resident_id = ?",
                Integer.class, draftId, residentId);
        return found != null && found > 0;
    }

    /** Those who amend and vote the section's amendments. */
    Set<Long> ofSection(long draftId, long sectionId) {
        List<Long> groups = groupsOf(sectionId);
        if (groups.isEmpty() || panelOf(draftId) != null) {
            return of(draftId);
        }
        String placeholders = String.join(", ", Collections.nCopies(groups.size(), "?"));
        return new HashSet<>(jdbc.queryForList("select resident_id from draft_participant where group_id in ("
                + placeholders + ")", Long.class, groups.toArray()));
    }

    boolean mayWrite(long draftId, long sectionId, long residentId) {
        List<Long> groups = groupsOf(sectionId);
        if (groups.isEmpty() || panelOf(draftId) != null) {
            return isMember(draftId, residentId);
        }
        List<Long> own = jdbc.queryForList("select group_id from draft_participant where draft_id = ? and resident_id = ? "
                + "and group_id is not null", Long.class, draftId, residentId);
        return own.stream().anyMatch(groups::contains);
    }

    List<Long> groupsOf(long sectionId) {
        return jdbc.queryForList("select group_id from draft_section_group where section_id = ? order by group_id",
                Long.class, sectionId);
    }

    boolean panelsAvailable() {
        return panels.getIfAvailable() != null;
    }

    Optional<PanelRoster.PanelSummary> panel(long panelId) {
        PanelRoster roster = panels.getIfAvailable();
        return roster == null ? Optional.empty() : roster.findPanel(panelId);
    }

    /** Moves the panel along when it stands just before {@code to}; a panel already past it stays where it is. */
    void advancePanel(long panelId, PanelPhase to) {
        PanelRoster roster = panels.getIfAvailable();
        if (roster != null && roster.findPanel(panelId).filter(panel -> panel.phase().ordinal() + 1 == to.ordinal()).isPresent()) {
            roster.advance(panelId, to);
        }
    }

    private @Nullable Long panelOf(long draftId) {
        return jdbc.queryForList("select panel_id from draft where id = ? and panel_id is not null", Long.class, draftId)
                .stream().findFirst().orElse(null);
    }
}
