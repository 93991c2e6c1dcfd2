package fr.sensiblecity.panels;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The panels module's answer to {@link PanelRoster}: what other modules may know of a panel and its members. */
@Component
class PanelRosterService implements PanelRoster {

    private final PanelRepository panels;
    private final SeatRepository seats;
    private final PanelService service;

    PanelRosterService(PanelRepository panels, SeatRepository seats, PanelService service) {
        this.panels = panels;
        this.seats = seats;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PanelSummary> findPanel(long panelId) {
        return panels.findById(panelId).map(Panel::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public long memberCount(@org.jspecify.annotations.Nullable Long territoryId) {
        return seats.countMembers(territoryId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long panelId, long residentId) {
        return seats.existsByPanelIdAndResidentIdAndStatus(panelId, residentId, SeatStatus.ACCEPTED);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> membersOf(long panelId) {
        return seats.findByPanelIdAndStatus(panelId, SeatStatus.ACCEPTED).stream().map(Seat::residentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void advance(long panelId, PanelPhase to) {
        service.advance(panelId, to);
    }
}
