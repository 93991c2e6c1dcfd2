package fr.sensiblecity.territories;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.SignedInPerson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.transaction.annotation.Transactional;

/** Reading and managing territories, their districts, and themes. */
@Service
public class TerritoryService {

    static final String TERRITORIES = "territories";
    static final String THEMES = "themes";

    private final AuditTrail audit;
    private final ObjectProvider<SignedInPerson> person;
    private final TerritoryRepository territories;
    private final ThemeRepository themes;
    private final Clock clock;

    TerritoryService(TerritoryRepository territories, ThemeRepository themes, Clock clock, AuditTrail audit,
            ObjectProvider<SignedInPerson> person) {
        this.audit = audit;
        this.person = person;
        this.territories = territories;
        this.themes = themes;
        this.clock = clock;
    }

    /** Read on nearly every page: kept a few seconds (see {@code base.Caching}), emptied when one changes. */
    @Transactional(readOnly = true)
    @Cacheable(cacheNames = TERRITORIES, key = "'all'")
    public List<TerritorySummary> listTerritories() {
        return territories.findAllByOrderByNameAsc().stream().map(Territory::summary).toList();
    }

    @Transactional(readOnly = true)
    @Cacheable(cacheNames = TERRITORIES, key = "#id")
    public Optional<TerritorySummary> findTerritory(long id) {
        return territories.findWithDistrictsById(id).map(Territory::summary);
    }

    /** A territory's population alone: cheap enough to ask on every support, unlike the whole territory. */
    @Transactional(readOnly = true)
    public Optional<Integer> findPopulation(long id) {
        return territories.findPopulationById(id);
    }

    @Transactional(readOnly = true)
    public boolean districtExists(long districtId) {
        return territories.districtExists(districtId);
    }

    @Transactional
    @PreAuthorize("@territoryPermissions.canManage(authentication)")
    @CacheEvict(cacheNames = TERRITORIES, allEntries = true)
    public TerritorySummary createTerritory(TerritoryForm form) {
        TerritoryForm valid = form.validated(TerritoryForm.currentYear(clock));
        if (territories.existsByOfficialCode(valid.officialCode())) {
            throw new DomainException("territory.error.codeTaken", valid.officialCode());
        }
        TerritorySummary created = saveOrExplain(new Territory(valid), valid).summary();
        audit.append(actor(), "TERRITORY_CREATED", "TERRITORY", created.id(), valid.name() + " · " + valid.officialCode());
        return created;
    }

    @Transactional
    @PreAuthorize("@territoryPermissions.canManage(authentication)")
    @CacheEvict(cacheNames = TERRITORIES, allEntries = true)
    public TerritorySummary updateTerritory(long id, TerritoryForm form) {
        TerritoryForm valid = form.validated(TerritoryForm.currentYear(clock));
        Territory territory = territories.findWithDistrictsById(id)
                .orElseThrow(() -> new NotFound("territory.error.notFound"));
        if (territories.existsByOfficialCodeAndIdNot(valid.officialCode(), id)) {
            throw new DomainException("territory.error.codeTaken", valid.officialCode());
        }
        territory.apply(valid);
        TerritorySummary updated = saveOrExplain(territory, valid).summary();
        audit.append(actor(), "TERRITORY_UPDATED", "TERRITORY", id, valid.name() + " · " + valid.officialCode());
        return updated;
    }

    @Transactional(readOnly = true)
    @Cacheable(cacheNames = THEMES, key = "'all'")
    public List<ThemeSummary> listThemes() {
        return themes.findAllByOrderByCodeAsc().stream().map(Theme::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ThemeSummary> findTheme(long id) {
        return themes.findById(id).map(Theme::summary);
    }

    @Transactional(readOnly = true)
    @Cacheable(cacheNames = THEMES, key = "'active'")
    public List<ThemeSummary> listActiveThemes() {
        return themes.findByActiveTrueOrderByCodeAsc().stream().map(Theme::summary).toList();
    }

    @Transactional
    @PreAuthorize("@territoryPermissions.canManage(authentication)")
    @CacheEvict(cacheNames = THEMES, allEntries = true)
    public ThemeSummary createTheme(ThemeForm form) {
        ThemeForm valid = form.validated();
        if (themes.existsByCode(valid.code())) {
            throw new DomainException("theme.error.codeTaken", valid.code());
        }
        try {
            ThemeSummary created = themes.saveAndFlush(new Theme(valid)).summary();
            audit.append(actor(), "THEME_CREATED", "THEME", created.id(), valid.code());
            return created;
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("theme.error.codeTaken", valid.code());
        }
    }

    /** Renames a theme or (de)activates it; its code stays, since ideas and exports refer to it. */
    @Transactional
    @PreAuthorize("@territoryPermissions.canManage(authentication)")
    @CacheEvict(cacheNames = THEMES, allEntries = true)
    public ThemeSummary updateTheme(long id, ThemeForm form) {
        Theme theme = themes.findById(id).orElseThrow(() -> new NotFound("theme.error.notFound"));
        ThemeForm valid = new ThemeForm(theme.summary().code(), form.nameFr(), form.nameEn(), form.active()).validated();
        theme.apply(valid);
        ThemeSummary updated = themes.saveAndFlush(theme).summary();
        audit.append(actor(), "THEME_UPDATED", "THEME", id, AuditDetails.of().text(valid.code())
                .label(valid.active() ? "audit.value.themeActive" : "audit.value.themeInactive").encode());
        return updated;
    }

    /** Territories cannot depend on residents (residents depend on territories): the frame says who is signed in. */
    private @Nullable Long actor() {
        SignedInPerson signedIn = person.getIfAvailable();
        return signedIn == null ? null : signedIn.residentId().orElse(null);
    }

    private Territory saveOrExplain(Territory territory, TerritoryForm valid) {
        try {
            return territories.saveAndFlush(territory);
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("territory.error.codeTaken", valid.officialCode());
        }
    }
}
