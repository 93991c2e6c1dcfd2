package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators place each mediator at the counter of one territory: that is where the mediator verifies in person
 * and records paper forms. A placement overrides the older rule (the district in the mediator's own profile), which
 * still applies to a mediator nobody has placed yet.
 */
@Service
public class CounterPlacements {

    private final JdbcClient jdbc;
    private final TerritoryService territories;
    private final ResidentService residents;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    CounterPlacements(JdbcClient jdbc, TerritoryService territories, ResidentService residents, AuditTrail audit,
            CurrentResident current, Clock clock) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.residents = residents;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Places the mediator at the territory's counter (moving them from any other). */
    @Transactional
    @PreAuthorize("@verificationPermissions.canManageRules(authentication)")
    public void place(long mediatorId, long territoryId) {
        TerritorySummary territory = territories.findTerritory(territoryId)
                .orElseThrow(() -> new NotFound("territory.error.notFound"));
        if (!residents.currentRoles(mediatorId).contains(Role.MEDIATOR)) {
            throw new DomainException("counterPlacement.error.notMediator");
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Long by = current.id().orElse(null);
        if (jdbc.sql("update mediator_counter set territory_id = ?, placed_at = ?, placed_by = ? where mediator_id = ?")
                .params(territoryId, now, by, mediatorId).update() == 0) {
            jdbc.sql("insert into mediator_counter (mediator_id, territory_id, placed_at, placed_by) values (?, ?, ?, ?)")
                    .params(mediatorId, territoryId, now, by).update();
        }
        audit.append(by, "MEDIATOR_PLACED", "RESIDENT", mediatorId, AuditDetails.of().text(territory.name()));
    }

    /** Ends the mediator's placement: they then serve the territory of their profile's district, if any. */
    @Transactional
    @PreAuthorize("@verificationPermissions.canManageRules(authentication)")
    public void remove(long mediatorId) {
        if (jdbc.sql("delete from mediator_counter where mediator_id = ?").param(mediatorId).update() == 0) {
            throw new NotFound("counterPlacement.error.notPlaced");
        }
        audit.append(current.id().orElse(null), "MEDIATOR_UNPLACED", "RESIDENT", mediatorId, "");
    }

    /** The mediators placed at the territory's counter, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canManageRules(authentication)")
    public List<PlacedMediator> placedAt(long territoryId) {
        List<Long> ids = jdbc.sql("select mediator_id from mediator_counter where territory_id = ? order by mediator_id")
                .param(territoryId).query(Long.class).list();
        Map<Long, String> names = residents.displayNamesOf(ids);
        return ids.stream().map(id -> new PlacedMediator(id, names.getOrDefault(id, "?"))).toList();
    }

    /** Where an administrator placed this mediator, if anywhere; for the counter's own rule, no check of its own. */
    Optional<Long> placement(long mediatorId) {
        return jdbc.sql("select territory_id from mediator_counter where mediator_id = ?").param(mediatorId)
                .query(Long.class).optional();
    }

    /** A mediator placed at a counter, as administrators see them. */
    public record PlacedMediator(long id, String displayName) {
    }
}
