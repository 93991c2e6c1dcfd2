package fr.sensiblecity.ideas;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A resident's report that an idea or a comment breaks the rules, open until a moderator decides. */
@Entity
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ContentType targetType = ContentType.IDEA;

    private long targetId;
    private @Nullable Long reporterId;
    private String reason = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant resolvedAt;

    protected Report() {
    }

    Report(ContentType targetType, long targetId, long reporterId, String reason, Instant createdAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    void resolve(Instant when) {
        this.resolvedAt = when;
    }

    ContentType targetType() {
        return targetType;
    }

    long targetId() {
        return targetId;
    }

    String reason() {
        return reason;
    }
}
