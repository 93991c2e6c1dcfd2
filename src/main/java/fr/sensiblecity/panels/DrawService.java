package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.Sha256;
import fr.sensiblecity.panels.sortition.DrawResult;
import fr.sensiblecity.panels.sortition.Fairness;
import fr.sensiblecity.panels.sortition.InfeasibleQuotasException;
import fr.sensiblecity.panels.sortition.Lottery;
import fr.sensiblecity.panels.sortition.PanelDistribution;
import fr.sensiblecity.panels.sortition.PractitionerFiles;
import fr.sensiblecity.panels.sortition.Pool;
import fr.sensiblecity.panels.sortition.ReplacementRound;
import fr.sensiblecity.panels.sortition.Sortition;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draw, in two acts. First the lottery is published: the ticket list, its SHA-256, every volunteer's
 * probability and how the seed will be chosen. Then, with the seed, the draw picks the ticket and the people; it
 * works from the published ticket list alone, so that the public check re-runs exactly what was drawn. Round 0
 * draws the panel and its reserves; later rounds replace those who declined, from the rest of the pool, with
 * quotas shrunk by the members who accepted.
 */
@Service
public class DrawService {

    private final PanelService panels;
    private final VolunteerRepository volunteers;
    private final SeatRepository seats;
    private final DrawRecords records;
    private final PanelSettings settings;
    private final PanelThresholds thresholds;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DrawService(PanelService panels, VolunteerRepository volunteers, SeatRepository seats, DrawRecords records,
            PanelSettings settings, PanelThresholds thresholds, CurrentResident current, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.seats = seats;
        this.records = records;
        this.settings = settings;
        this.thresholds = thresholds;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public PublishedDraw publishLottery(long panelId, String seedAnnouncement) {
        String announcement = FreeText.singleLine(seedAnnouncement);
        if (!FreeText.fits(announcement, 5, 300)) {
            throw new DomainException("panel.error.seedAnnouncement");
        }
        Panel panel = panels.load(panelId);
        List<PublishedDraw> rounds = records.rounds(panelId);
        if (!rounds.isEmpty() && !rounds.getLast().drawn()) {
            throw new DomainException("panel.error.alreadyPublished");
        }
        Pool pool = PanelPools.of(panel, volunteers.findByPanelIdOrderById(panelId));
        int round = rounds.size();
        int seatCount = panel.panelSize();
        if (round == 0) {
            if (panel.phase() != PanelPhase.RECRUITING) {
                throw new DomainException("panel.error.notRecruiting");
            }
        } else {
            ReplacementRound replacement = replacementRound(panel, pool);
            pool = replacement.pool();
            seatCount = replacement.seats();
        }
        PanelPools.requireFeasible(pool, seatCount);
        Lottery lottery;
        try {
            PanelDistribution distribution = Sortition.fairDistribution(pool, seatCount,
                    pool.size() <= settings.leximinPoolLimit() ? Fairness.LEXIMIN : Fairness.MAXIMIN);
            lottery = Sortition.lottery(distribution, thresholds.lotteryTickets());
        } catch (InfeasibleQuotasException infeasible) {
            throw new RelaxationNeeded(infeasible.relaxation());
        }
        String probabilities = PractitionerFiles.probabilitiesText(lottery.probabilities());
        String tickets = lottery.canonicalText(PublishedProfiles.labels(lottery.distribution().profiles(),
                settings.publishedProfileMinimum()));
        PublishedDraw published = new PublishedDraw(panelId, round, seatCount, pool.size(), announcement,
                Sha256.hex(tickets), tickets, probabilities, lottery.minimumProbability(),
                clock.instant(), null, null, List.of(), List.of(), null, lottery.distribution().minimumProbability(),
                lottery.largestLoss());
        records.publish(published);
        panel.announceSeed(announcement);
        panels.save(panel);
        audit.append(current.id().orElse(null), "PANEL_LOTTERY_PUBLISHED", PanelService.AUDIT_TARGET, panelId,
                AuditDetails.of().count(round + 1).text(published.ticketHash()).text(announcement));
        return published;
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public PublishedDraw draw(long panelId, String seed) {
        String announcedSeed = seed == null ? "" : seed.strip();
        if (announcedSeed.isEmpty() || announcedSeed.length() > 200) {
            throw new DomainException("panel.error.seed");
        }
        Panel panel = panels.load(panelId);
        PublishedDraw published = records.latest(panelId).filter(latest -> !latest.drawn())
                .orElseThrow(() -> new DomainException("panel.error.nothingPublished"));
        Lottery lottery = PublishedLottery.parse(published.tickets());
        DrawResult result = Sortition.draw(lottery, announcedSeed);
        if (!result.ticketHash().equals(published.ticketHash())) {
            throw new IllegalStateException("The stored ticket list of panel " + panelId + " no longer has its hash");
        }
        List<String> reserves = published.round() == 0
                ? reserves(lottery.probabilities().keySet(), result.selectedIds(), announcedSeed, panel.reserves())
                : List.of();
        if (!records.recordDraw(panelId, published.round(), announcedSeed, result.ticketIndex(), result.selectedIds(),
                reserves, clock.instant())) {
            throw new DomainException("panel.error.alreadyDrawn");
        }
        Set<Long> offeredTo = seat(result.selectedIds(), published.round(), SeatStatus.OFFERED);
        Set<Long> standingBy = seat(reserves, published.round(), SeatStatus.RESERVE);
        if (published.round() == 0) {
            panel.advanceTo(PanelPhase.DRAWN, clock.instant());
            events.publishEvent(new PanelPhaseChanged(panelId, panel.question(), PanelPhase.DRAWN));
            panels.save(panel);
        }
        audit.append(current.id().orElse(null), "PANEL_DRAW", PanelService.AUDIT_TARGET, panelId,
                AuditDetails.of().count(published.round() + 1).text(announcedSeed).count(result.ticketIndex())
                        .text(published.ticketHash()).text(String.join(", ", result.selectedIds())));
        events.publishEvent(new PanelSeatsOffered(panelId, panel.question(), offeredTo, standingBy));
        return records.latest(panelId).orElseThrow();
    }

    /** Below this many volunteers sharing a profile, the published ticket list hides its features. */
    public int publishedProfileMinimum() {
        return settings.publishedProfileMinimum();
    }

    /** Whether a lottery of this panel has been published, without reading its (long) ticket lists. */
    @Transactional(readOnly = true)
    public boolean anyPublished(long panelId) {
        return records.anyPublished(panelId);
    }

    /** A pool number's probability in the latest published round, as published (every probability is public). */
    @Transactional(readOnly = true)
    public java.util.Optional<Double> publishedProbability(long panelId, String poolId) {
        return records.latest(panelId).flatMap(latest -> java.util.Optional.ofNullable(
                PractitionerFiles.probabilities(latest.probabilities()).get(poolId)));
    }

    /** Every round of the panel's draw, as published; public. */
    @Transactional(readOnly = true)
    public List<PublishedDraw> rounds(long panelId) {
        panels.load(panelId);
        return records.rounds(panelId);
    }

    /** Re-runs every round from its published data and says whether it gives what was published and drawn. */
    @Transactional(readOnly = true)
    public List<DrawCheck> verify(long panelId) {
        return rounds(panelId).stream().map(DrawService::check).toList();
    }

    static DrawCheck check(PublishedDraw published) {
        Lottery lottery;
        try {
            lottery = PublishedLottery.parse(published.tickets());
        } catch (RuntimeException notATicketList) {
            return new DrawCheck(published.round(), false, false, published.drawn() ? false : null, null, List.of());
        }
        boolean hashMatches = Sha256.hex(published.tickets()).equals(published.ticketHash())
                && lottery.sha256().equals(published.ticketHash());
        boolean probabilitiesMatch = sameProbabilities(lottery, published.probabilities());
        if (!published.drawn()) {
            return new DrawCheck(published.round(), hashMatches, probabilitiesMatch, null, null, List.of());
        }
        DrawResult again = Sortition.draw(lottery, published.seed());
        return new DrawCheck(published.round(), hashMatches, probabilitiesMatch,
                again.selectedIds().equals(published.selected()), again.ticketIndex(), again.selectedIds());
    }

    /** Whether the published file gives every pool number the probability, to 6 decimals, the lottery gives. */
    private static boolean sameProbabilities(Lottery lottery, String published) {
        try {
            return PractitionerFiles.probabilities(PractitionerFiles.probabilitiesText(lottery.probabilities()))
                    .equals(PractitionerFiles.probabilities(published));
        } catch (RuntimeException notAProbabilitiesFile) {
            return false;
        }
    }

    /**
     * Reserves: the people not drawn, ordered by SHA-256 of {@code seed|reserve|pool number}, the first ones taken;
     * anyone can repeat it from the published pool and the seed.
     */
    static List<String> reserves(Set<String> pool, List<String> selected, String seed, int count) {
        return pool.stream().filter(id -> !selected.contains(id))
                .sorted(Comparator.comparing((String id) -> Sha256.hex(seed + "|reserve|" + id)))
                .limit(count).toList();
    }

    private ReplacementRound replacementRound(Panel panel, Pool pool) {
        if (panel.phase() != PanelPhase.DRAWN && panel.phase() != PanelPhase.LEARNING) {
            throw new DomainException("panel.error.noReplacementNow");
        }
        List<Seat> all = seats.findByPanelIdOrderById(panel.id());
        if (all.stream().anyMatch(seat -> seat.status() == SeatStatus.OFFERED)) {
            throw new DomainException("panel.error.answersPending");
        }
        Set<String> accepted = poolIds(all, SeatStatus.ACCEPTED);
        Set<String> declined = poolIds(all, SeatStatus.DECLINED);
        if (declined.isEmpty() || accepted.size() >= panel.panelSize()) {
            throw new DomainException("panel.error.noSeatToFill");
        }
        return Sortition.replacementRound(pool, panel.panelSize(), accepted, declined);
    }

    private static Set<String> poolIds(List<Seat> all, SeatStatus status) {
        return all.stream().filter(seat -> seat.status() == status && seat.volunteerId() != null)
                .map(seat -> Long.toString(seat.volunteerId())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Seats for the people drawn, returning the residents among them (imported respondents are told on paper). */
    private Set<Long> seat(List<String> poolIds, int round, SeatStatus status) {
        Map<Long, Volunteer> drawn = volunteers.findAllById(poolIds.stream().map(Long::valueOf).toList()).stream()
                .collect(Collectors.toMap(Volunteer::id, volunteer -> volunteer));
        Set<Long> residents = new LinkedHashSet<>();
        for (String poolId : poolIds) {
            Volunteer volunteer = drawn.get(Long.valueOf(poolId));
            Seat seat = seats.findByPanelIdAndVolunteerId(volunteer.panelId(), volunteer.id())
                    .map(reserve -> reserve.callUp(round, clock.instant()))
                    .orElseGet(() -> new Seat(volunteer, round, status, clock.instant()));
            seats.save(seat);
            if (volunteer.residentId() != null) {
                residents.add(volunteer.residentId());
            }
        }
        return residents;
    }
}
