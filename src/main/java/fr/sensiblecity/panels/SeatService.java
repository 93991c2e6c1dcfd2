package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat offers after a draw: a resident drawn accepts or declines their own seat (and becomes a member by
 * accepting); facilitators record the answers of respondents imported from paper, and see every seat.
 */
@Service
public class SeatService {

    private final SeatRepository seats;
    private final VolunteerRepository volunteers;
    private final ResidentService residents;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final Clock clock;

    SeatService(SeatRepository seats, VolunteerRepository volunteers, ResidentService residents,
            CurrentResident current, AuditTrail audit, Clock clock) {
        this.seats = seats;
        this.volunteers = volunteers;
        this.residents = residents;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in resident's own seat on this panel, if a draw gave them one. */
    @Transactional(readOnly = true)
    public Optional<SeatView> mySeat(long panelId) {
        return current.id().flatMap(me -> seats.findByPanelIdAndResidentId(panelId, me)).map(seat -> view(seat, null));
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canVolunteer(authentication)")
    public void acceptSeat(long panelId) {
        Seat seat = mine(panelId);
        seat.accept(clock.instant());
        save(seat);
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canVolunteer(authentication)")
    public void declineSeat(long panelId) {
        Seat seat = mine(panelId);
        seat.decline(clock.instant());
        save(seat);
    }

    /** A facilitator records the answer of someone drawn who has no account (a respondent imported from paper). */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void recordAnswer(long seatId, boolean accepted) {
        Seat seat = seats.findById(seatId).orElseThrow(() -> new NotFound("panel.error.noSeat"));
        if (seat.residentId() != null) {
            throw new DomainException("panel.error.answerOwnSeat");
        }
        if (accepted) {
            seat.accept(clock.instant());
        } else {
            seat.decline(clock.instant());
        }
        save(seat);
        audit.append(current.id().orElse(null), accepted ? "PANEL_SEAT_ACCEPTED" : "PANEL_SEAT_DECLINED",
                PanelService.AUDIT_TARGET, seat.panelId(), AuditDetails.of().count(seatId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public List<SeatView> seats(long panelId) {
        List<Seat> all = seats.findByPanelIdOrderById(panelId);
        Map<Long, String> names = residents.displayNamesOf(all.stream().map(Seat::residentId)
                .filter(Objects::nonNull).toList());
        Map<Long, String> externalIds = new LinkedHashMap<>();
        volunteers.findAllById(all.stream().map(Seat::volunteerId).filter(Objects::nonNull).toList())
                .forEach(volunteer -> externalIds.put(volunteer.id(), volunteer.externalId()));
        return all.stream().map(seat -> view(seat, seat.residentId() != null ? names.get(seat.residentId())
                : externalIds.get(seat.volunteerId()))).toList();
    }

    /**
     * How many members (and people still deciding) have each feature: the panel's composition, public and
     * aggregate, by category then feature.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> composition(long panelId) {
        return count(panelId, EnumSet.of(SeatStatus.ACCEPTED, SeatStatus.OFFERED));
    }

    /** The same counts over members only: residents and respondents who accepted their seat. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> memberComposition(long panelId) {
        return count(panelId, EnumSet.of(SeatStatus.ACCEPTED));
    }

    private Map<String, Map<String, Integer>> count(long panelId, Set<SeatStatus> counted) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        seats.findByPanelIdOrderById(panelId).stream().filter(seat -> counted.contains(seat.status()))
                .forEach(seat -> Profiles.parse(seat.profile()).forEach((category, feature) -> counts
                        .computeIfAbsent(category, name -> new TreeMap<>()).merge(feature, 1, Integer::sum)));
        return counts;
    }

    private Seat mine(long panelId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return seats.findByPanelIdAndResidentId(panelId, me).orElseThrow(() -> new NotFound("panel.error.noSeat"));
    }

    private void save(Seat seat) {
        try {
            seats.saveAndFlush(seat);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new DomainException("panel.error.changedMeanwhile");
        }
    }

    private static SeatView view(Seat seat, @Nullable String name) {
        return new SeatView(seat.id(), seat.volunteerId() == null ? null : Long.toString(seat.volunteerId()), name,
                seat.residentId() != null, seat.drawRound(), seat.status(), Profiles.parse(seat.profile()), seat.offeredAt(), seat.answeredAt());
    }
}
