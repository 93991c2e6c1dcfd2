package fr.sensiblecity.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A resident's report that a text breaks the rules, open until a moderator decides. */
@Entity
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The {@link ContentKind#key()} of the reported text. */
    private String targetType = "";

    private long targetId;
    private @Nullable Long reporterId;
    private String reason = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant resolvedAt;

    protected Report() {
    }

    Report(String targetType, long targetId, long reporterId, String reason, Instant createdAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    /** A report by nobody: the platform put the text in the queue itself (see {@link LinkScreening}). */
    static Report automatic(String targetType, long targetId, String reason, Instant createdAt) {
        Report report = new Report();
        report.targetType = targetType;
        report.targetId = targetId;
        report.reason = reason;
        report.createdAt = createdAt;
        return report;
    }

    void resolve(Instant when) {
        this.resolvedAt = when;
    }

    String targetType() {
        return targetType;
    }

    long targetId() {
        return targetId;
    }

    String reason() {
        return reason;
    }
}
