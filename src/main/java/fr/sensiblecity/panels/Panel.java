package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A panel and its lifecycle: it moves forward one phase at a time and never back. */
@Entity
class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String question = "";
    private String authority = "";
    private long territoryId;
    private int panelSize;
    private int reserves;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PanelPhase phase = PanelPhase.DRAFT;

    private @Nullable LocalDate recruitmentOpens;
    private @Nullable LocalDate recruitmentCloses;
    private @Nullable String seedAnnouncement;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant closedAt;
    private @Nullable Instant poolPurgedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_quota", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    private List<StoredQuota> quotas = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_session", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    private List<StoredSession> sessions = new ArrayList<>();

    protected Panel() {
    }

    Panel(PanelForm valid, Instant now) {
        this.createdAt = now;
        write(valid);
    }

    /**
     * Until the draw the text, size and quotas may change; once residents have volunteered, the categories and
     * their features stay, since each volunteer declared one of them.
     */
    void edit(PanelForm valid, boolean hasVolunteers) {
        if (phase != PanelPhase.DRAFT && phase != PanelPhase.RECRUITING) {
            throw new DomainException("panel.error.notEditable");
        }
        if (hasVolunteers && !valid.categories().equals(form().categories())) {
            throw new DomainException("panel.error.categoriesFixed");
        }
        write(valid);
    }

    /** The schedule lives with the panel until it closes: sessions are added, moved or cancelled in every phase before. */
    void addSession(SessionLine valid) {
        requireScheduleOpen();
        if (sessions.size() >= PanelForm.SESSIONS_MAX) {
            throw new DomainException("panel.error.sessionCount", PanelForm.SESSIONS_MAX);
        }
        sessions.add(new StoredSession(new SessionLine(valid.startsAt(), valid.place(), valid.topic())));
    }

    /** Replaces a session's date, place and topic; answers the session as it was. */
    SessionLine changeSession(int index, SessionLine valid) {
        StoredSession session = openSession(index);
        SessionLine before = session.line();
        session.startsAt = valid.startsAt();
        session.place = valid.place();
        session.topic = valid.topic();
        return before;
    }

    SessionLine cancelSession(int index) {
        StoredSession session = openSession(index);
        session.cancelled = true;
        return session.line();
    }

    private StoredSession openSession(int index) {
        requireScheduleOpen();
        if (index < 0 || index >= sessions.size()) {
            throw new DomainException("panel.error.sessionNotFound");
        }
        StoredSession session = sessions.get(index);
        if (session.cancelled) {
            throw new DomainException("panel.error.sessionCancelled");
        }
        return session;
    }

    private void requireScheduleOpen() {
        if (phase == PanelPhase.CLOSED) {
            throw new DomainException("panel.error.scheduleClosed");
        }
    }

    void advanceTo(PanelPhase next, Instant now) {
        if (next.ordinal() != phase.ordinal() + 1) {
            throw new DomainException("panel.error.phaseOrder");
        }
        this.phase = next;
        if (next == PanelPhase.CLOSED) {
            this.closedAt = now;
        }
    }

    void announceSeed(String announcement) {
        this.seedAnnouncement = announcement;
    }

    /** False when the pool was already purged: a second retention run (another instance) stops there. */
    boolean markPoolPurged(Instant now) {
        if (poolPurgedAt != null) {
            return false;
        }
        this.poolPurgedAt = now;
        return true;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    PanelPhase phase() {
        return phase;
    }

    int panelSize() {
        return panelSize;
    }

    int reserves() {
        return reserves;
    }

    String question() {
        return question;
    }

    long territoryId() {
        return territoryId;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    @Nullable String seedAnnouncement() {
        return seedAnnouncement;
    }

    List<QuotaLine> quotaLines() {
        return quotas.stream().map(StoredQuota::line).toList();
    }

    PanelForm form() {
        return new PanelForm(question, authority, territoryId, panelSize, reserves, recruitmentOpens,
                recruitmentCloses, quotaLines(), sessions.stream().map(StoredSession::line).toList());
    }

    PanelDetails details() {
        return new PanelDetails(id(), question, authority, territoryId, panelSize, reserves, phase, recruitmentOpens,
                recruitmentCloses, quotaLines(), sessions.stream().map(StoredSession::line).toList(), seedAnnouncement,
                createdAt, closedAt);
    }

    PanelRoster.PanelSummary summary() {
        return new PanelRoster.PanelSummary(id(), question, authority, territoryId, phase, panelSize);
    }

    private void write(PanelForm valid) {
        this.question = valid.question();
        this.authority = valid.authority();
        this.territoryId = valid.territoryId();
        this.panelSize = valid.size();
        this.reserves = valid.reserves();
        this.recruitmentOpens = valid.recruitmentOpens();
        this.recruitmentCloses = valid.recruitmentCloses();
        this.quotas.clear();
        valid.quotas().forEach(line -> quotas.add(new StoredQuota(line)));
        this.sessions.clear();
        valid.sessions().forEach(line -> sessions.add(new StoredSession(line)));
    }

    @Embeddable
    static class StoredQuota {
        private String category = "";
        private String feature = "";
        @Column(name = "min_count")
        private int min;
        @Column(name = "max_count")
        private int max;

        protected StoredQuota() {
        }

        StoredQuota(QuotaLine line) {
            this.category = line.category();
            this.feature = line.feature();
            this.min = line.min();
            this.max = line.max();
        }

        QuotaLine line() {
            return new QuotaLine(category, feature, min, max);
        }
    }

    @Embeddable
    static class StoredSession {
        private LocalDateTime startsAt = LocalDateTime.MIN;
        private String place = "";
        private String topic = "";
        private boolean cancelled;

        protected StoredSession() {
        }

        StoredSession(SessionLine line) {
            this.startsAt = line.startsAt();
            this.place = line.place();
            this.topic = line.topic();
            this.cancelled = line.cancelled();
        }

        SessionLine line() {
            return new SessionLine(startsAt, place, topic, cancelled);
        }
    }
}
