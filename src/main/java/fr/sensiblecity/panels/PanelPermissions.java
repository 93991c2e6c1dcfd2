package fr.sensiblecity.panels;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with panels: everyone reads a panel's public page; residents volunteer and answer their own
 * seat offer; members ask for experts; facilitators and administrators run panels (create, edit, move phases,
 * import the pool, draw, add evidence). Moderators have no panel rights of their own.
 */
@Component("panelPermissions")
public class PanelPermissions {

    private final SeatRepository seats;

    PanelPermissions(SeatRepository seats) {
        this.seats = seats;
    }

    public boolean canRun(@Nullable Authentication authentication) {
        return Role.FACILITATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }

    /** A mediator at a counter records the volunteering a person signed on a paper form. */
    public boolean canRecordOnPaper(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    public boolean canVolunteer(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean isMember(@Nullable Authentication authentication, long panelId) {
        return ResidentPrincipal.isResident(authentication) && seats.existsByPanelIdAndResidentIdAndStatus(panelId,
                ((ResidentPrincipal) authentication.getPrincipal()).residentId(), SeatStatus.ACCEPTED);
    }

    /** Members ask for experts; facilitators may file a request on a member's behalf. */
    public boolean canRequestExpert(@Nullable Authentication authentication, long panelId) {
        return isMember(authentication, panelId) || canRun(authentication);
    }
}
