package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A seat a draw offered to one person of the pool; accepted seats make the panel's members. */
@Entity
@jakarta.persistence.Table(name = "panel_seat")
class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long panelId;
    private @Nullable Long volunteerId;
    private @Nullable Long residentId;
    private int drawRound;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SeatStatus status = SeatStatus.OFFERED;

    private String profile = "";
    private Instant offeredAt = Instant.EPOCH;
    private @Nullable Instant answeredAt;

    protected Seat() {
    }

    Seat(Volunteer volunteer, int drawRound, SeatStatus status, Instant now) {
        this.panelId = volunteer.panelId();
        this.volunteerId = volunteer.id();
        this.residentId = volunteer.residentId();
        this.drawRound = drawRound;
        this.status = status;
        this.profile = volunteer.profile();
        this.offeredAt = now;
    }

    void accept(Instant now) {
        requireOffered();
        status = SeatStatus.ACCEPTED;
        answeredAt = now;
    }

    void decline(Instant now) {
        requireOffered();
        status = SeatStatus.DECLINED;
        answeredAt = now;
    }

    /** A reserve drawn in a replacement round is offered a seat like anyone drawn. */
    Seat callUp(int round, Instant now) {
        if (status != SeatStatus.RESERVE) {
            throw new IllegalStateException("Seat " + id + " is not a reserve's");
        }
        this.status = SeatStatus.OFFERED;
        this.drawRound = round;
        this.offeredAt = now;
        return this;
    }

    /** Erasure: the seat still counts in the panel's composition, attached to no one. */
    void anonymise() {
        this.residentId = null;
        this.volunteerId = null;
    }

    private void requireOffered() {
        if (status == SeatStatus.RESERVE) {
            throw new DomainException("panel.error.reserveWaiting");
        }
        if (status != SeatStatus.OFFERED) {
            throw new DomainException("panel.error.seatAnswered");
        }
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long panelId() {
        return panelId;
    }

    @Nullable Long volunteerId() {
        return volunteerId;
    }

    @Nullable Long residentId() {
        return residentId;
    }

    int drawRound() {
        return drawRound;
    }

    SeatStatus status() {
        return status;
    }

    String profile() {
        return profile;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
