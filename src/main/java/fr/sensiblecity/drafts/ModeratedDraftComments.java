package fr.sensiblecity.drafts;

import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ModeratedContent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The drafts' comments as the moderation module sees them; one bean per table, the same rules. Only people who may
 * read a comment may report it; moderators reach every one. Hiding or restoring one is draft activity: pages open
 * on its draft, on any instance, show the change (the hidden comment's reason) without reloading.
 */
abstract sealed class ModeratedDraftComments implements ModeratedContent
        permits ModeratedDraftComments.Consultation, ModeratedDraftComments.OnAmendments {

    final JdbcTemplate jdbc;
    final DraftPermissions permissions;
    private final ApplicationEventPublisher events;
    private final DraftContent kind;
    private final String table;

    ModeratedDraftComments(JdbcTemplate jdbc, DraftPermissions permissions, ApplicationEventPublisher events,
            DraftContent kind, String table) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.events = events;
        this.kind = kind;
        this.table = table;
    }

    /** The draft the comment belongs to, its subject, and what kind of activity a change to it is. */
    abstract String draftQuery();

    abstract DraftActivity.Kind activityKind();

    /** What the comment is about (its draft, or its amendment): checked for reading, and part of its link. */
    abstract String subjectColumn();

    abstract boolean mayRead(@Nullable Authentication reader, long subjectId);

    abstract String link(long subjectId, long commentId);

    @Override
    public ContentKind kind() {
        return kind;
    }

    @Override
    public Locked lock(long id) {
        record Row(@Nullable Long authorId, boolean hidden, long subjectId) {
        }
        List<Row> rows = jdbc.query("select author_id, hidden, " + subjectColumn() + " from " + table
                + " where id = ? for update", (rs, row) -> new Row(rs.getObject(1, Long.class), rs.getBoolean(2),
                rs.getLong(3)), id);
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        if (rows.isEmpty() || !(Role.MODERATOR.heldBy(reader) || mayRead(reader, rows.getFirst().subjectId()))) {
            throw new NotFound("comment.error.notFound");
        }
        return new Locked(rows.getFirst().authorId(), rows.getFirst().hidden());
    }

    @Override
    public void hide(long id, String publicReason) {
        jdbc.update("update " + table + " set hidden = true, hidden_reason = ? where id = ?", publicReason, id);
        changed(id);
    }

    @Override
    public void restore(long id) {
        boolean held = HiddenMarks.awaitingModeration(jdbc.queryForObject(
                "select hidden_reason from " + table + " where id = ?", String.class, id));
        jdbc.update("update " + table + " set hidden = false, hidden_reason = null where id = ?", id);
        if (held) {
            approved(id);
        }
        changed(id);
    }

    /** A comment held for its links is approved: it now counts where comments are counted. */
    void approved(long id) {
    }

    private void changed(long id) {
        jdbc.query(draftQuery(), rs -> {
            events.publishEvent(new DraftActivity(rs.getLong(1), rs.getLong(2), activityKind()));
        }, id);
    }

    @Override
    public Map<Long, InContext> inContext(Collection<Long> ids) {
        Map<Long, InContext> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.query("select id, body, hidden, " + subjectColumn() + " from " + table + " where id in (" + marks + ")",
                rs -> {
                    long id = rs.getLong(1);
                    found.put(id, new InContext(rs.getString(2), rs.getBoolean(3), link(rs.getLong(4), id)));
                }, ids.toArray());
        return found;
    }

    @org.springframework.stereotype.Component
    static final class Consultation extends ModeratedDraftComments {

        Consultation(JdbcTemplate jdbc, DraftPermissions permissions, ApplicationEventPublisher events) {
            super(jdbc, permissions, events, DraftContent.CONSULTATION_COMMENT, "consultation_comment");
        }

        @Override
        String draftQuery() {
            return "select draft_id, section_id from consultation_comment where id = ?";
        }

        @Override
        DraftActivity.Kind activityKind() {
            return DraftActivity.Kind.CONSULTATION;
        }

        @Override
        String subjectColumn() {
            return "draft_id";
        }

        @Override
        boolean mayRead(@Nullable Authentication reader, long draftId) {
            return permissions.canRead(reader, draftId);
        }

        @Override
        String link(long draftId, long commentId) {
            return "drafts/" + draftId + "/consultation#consultation-comment-" + commentId;
        }
    }

    @org.springframework.stereotype.Component
    static final class OnAmendments extends ModeratedDraftComments {

        OnAmendments(JdbcTemplate jdbc, DraftPermissions permissions, ApplicationEventPublisher events) {
            super(jdbc, permissions, events, DraftContent.AMENDMENT_COMMENT, "amendment_comment");
        }

        @Override
        void approved(long id) {
            jdbc.update("update amendment set comment_count = comment_count + 1 where id = "
                    + "(select amendment_id from amendment_comment where id = ?)", id);
        }

        @Override
        String draftQuery() {
            return "select a.draft_id, a.id from amendment_comment c join amendment a on a.id = c.amendment_id "
                    + "where c.id = ?";
        }

        @Override
        DraftActivity.Kind activityKind() {
            return DraftActivity.Kind.AMENDMENT;
        }

        @Override
        String subjectColumn() {
            return "amendment_id";
        }

        @Override
        boolean mayRead(@Nullable Authentication reader, long amendmentId) {
            return permissions.canReadAmendment(reader, amendmentId);
        }

        @Override
        String link(long amendmentId, long commentId) {
            return "amendments/" + amendmentId + "#amendment-comment-" + commentId;
        }
    }
}
