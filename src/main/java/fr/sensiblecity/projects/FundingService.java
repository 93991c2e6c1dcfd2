package fr.sensiblecity.projects;

import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funding programmes and eligibility checks, and each project's funding plan. */
@Service
public class FundingService {

    static final int SOURCE_MAX = 120;

    private final FundingStore funding;
    private final ProjectStore projects;
    private final ProjectService projectService;
    private final TerritoryService territories;
    private final ProjectSettings settings;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    FundingService(FundingStore funding, ProjectStore projects, ProjectService projectService,
            TerritoryService territories, ProjectSettings settings, AuditTrail audit, CurrentResident current,
            Clock clock) {
        this.funding = funding;
        this.projects = projects;
        this.projectService = projectService;
        this.territories = territories;
        this.settings = settings;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> listProgrammes() {
        return funding.programmes();
    }

    @Transactional(readOnly = true)
    public Programme findProgramme(long programmeId) {
        return funding.programme(programmeId).orElseThrow(() -> new NotFound("programme.error.notFound"));
    }

    /** Sets a programme's limits and crowdfunding terms, including what is left in its matching pot. */
    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public void updateProgramme(long programmeId, ProgrammeForm form) {
        ProgrammeForm valid = form.validated(settings.largestAmount());
        findProgramme(programmeId);
        funding.updateProgramme(programmeId, valid);
        audit.append(current.id().orElse(null), "UPDATE_PROGRAMME", "PROGRAMME", programmeId,
                terms(AuditDetails.of(), valid));
    }

    /** Creates a programme with no theme limit and an empty checklist; its rules are set next. */
    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public long createProgramme(ProgrammeDraft draft) {
        if (draft == null) {
            throw new DomainException("programme.error.code", ProgrammeDraft.CODE_MAX);
        }
        ProgrammeDraft valid = draft.validated(settings.largestAmount());
        if (funding.codeTaken(valid.code())) {
            throw new DomainException("programme.error.codeTaken", valid.code());
        }
        long id;
        try {
            id = funding.insertProgramme(valid);
        } catch (DuplicateKeyException race) {
            throw new DomainException("programme.error.codeTaken", valid.code());
        }
        audit.append(current.id().orElse(null), "CREATE_PROGRAMME", "PROGRAMME", id,
                terms(AuditDetails.of().text(valid.code()).text(valid.nameFr()).text(valid.nameEn()), valid.terms()));
        return id;
    }

    /**
     * Sets the themes a programme funds and its checklist. Items whose wording is unchanged keep their id; the others
     * are retired, not deleted, so checks already recorded keep their reasons and their wording.
     */
    @Transactional
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public void changeRules(long programmeId, ProgrammeRules rules) {
        if (rules == null) {
            throw new DomainException("programme.error.item", ProgrammeRules.ITEM_MAX);
        }
        ProgrammeRules valid = rules.validated();
        for (long theme : valid.themeIds()) {
            if (territories.findTheme(theme).isEmpty()) {
                throw new DomainException("programme.error.theme");
            }
        }
        if (!funding.lockProgramme(programmeId)) {
            throw new NotFound("programme.error.notFound");
        }
        Programme before = findProgramme(programmeId);
        Map<Long, Programme.Criterion> existing = before.criteria().stream()
                .collect(Collectors.toMap(Programme.Criterion::id, criterion -> criterion));
        Set<Long> kept = new HashSet<>();
        for (int position = 0; position < valid.checklist().size(); position++) {
            ProgrammeRules.Item item = valid.checklist().get(position);
            Programme.Criterion same = item.id() == null ? null : existing.get(item.id());
            if (same != null && !kept.contains(same.id()) && same.textFr().equals(item.textFr())
                    && same.textEn().equals(item.textEn())) {
                kept.add(same.id());
                funding.placeCriterion(same.id(), position + 1);
            } else {
                funding.addCriterion(programmeId, position + 1, item.textFr(), item.textEn());
            }
        }
        existing.keySet().stream().filter(id -> !kept.contains(id)).forEach(funding::retireCriterion);
        funding.replaceThemes(programmeId, valid.themeIds());
        funding.touchProgramme(programmeId);
        audit.append(current.id().orElse(null), "CHANGE_PROGRAMME_RULES", "PROGRAMME", programmeId,
                (valid.themeIds().isEmpty() ? AuditDetails.of().label("audit.value.allThemes")
                        : AuditDetails.of().count(valid.themeIds().size())).count(valid.checklist().size()));
    }

    /**
     * Checks the project against the programme's rules, with the moderator's yes-or-no answer to each criterion,
     * and records the result with its reasons.
     */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public EligibilityResult checkEligibility(long projectId, long programmeId, Map<Long, Boolean> answers) {
        projectService.locked(projectId);
        ProjectDetails project = projects.find(projectId).orElseThrow(() -> new NotFound("project.error.notFound"));
        Programme programme = findProgramme(programmeId);
        TerritorySummary territory = territories.findTerritory(project.territoryId())
                .orElseThrow(() -> new DomainException("project.error.territory"));
        List<EligibilityResult.Reason> reasons = EligibilityRules.evaluate(programme, territory, project.themeIds(),
                answers == null ? Map.of() : answers);
        boolean eligible = reasons.stream().allMatch(EligibilityResult.Reason::passed);
        Instant now = clock.instant();
        long id = funding.recordCheck(projectId, programmeId, eligible, current.id().orElse(null), now, reasons);
        projects.addEvent(projectId, eligible ? "ELIGIBLE" : "NOT_ELIGIBLE", null, programme.nameFr(), now);
        audit.append(current.id().orElse(null), "CHECK_ELIGIBILITY", "PROJECT", projectId,
                AuditDetails.of().text(programme.code())
                        .label(eligible ? "audit.value.eligible" : "audit.value.notEligible")
                        .count(reasons.stream().filter(EligibilityResult.Reason::passed).count()).count(reasons.size()));
        return new EligibilityResult(id, projectId, programmeId, eligible, now, reasons);
    }

    /** Every recorded check, newest first. */
    @Transactional(readOnly = true)
    public List<EligibilityResult> eligibilityOf(long projectId) {
        return funding.checks(projectId);
    }

    /** Whether the project's latest check against this programme found it eligible. */
    @Transactional(readOnly = true)
    public boolean isEligible(long projectId, long programmeId) {
        return funding.checks(projectId).stream().filter(check -> check.programmeId() == programmeId).findFirst()
                .map(EligibilityResult::eligible).orElse(false);
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public long addLine(long projectId, String sourceName, @Nullable SourceType type, @Nullable BigDecimal amount) {
        String name = sourceName(sourceName, type);
        BigDecimal exact = Amounts.positive(amount, settings.largestAmount());
        projectService.locked(projectId);
        long id = funding.addLine(projectId, name, type, exact, LineStatus.REQUESTED, clock.instant());
        audit.append(current.id().orElse(null), "ADD_FUNDING_LINE", "PROJECT", projectId,
                AuditDetails.of().text(name).label(typeKey(type)).amount(exact));
        return id;
    }

    /**
     * Corrects a line's source, type and amount while it is still requested, with the same checks as adding it; a
     * committed, received or refused line stays as it was agreed.
     */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public void correctLine(long lineId, String sourceName, @Nullable SourceType type, @Nullable BigDecimal amount) {
        String name = sourceName(sourceName, type);
        BigDecimal exact = Amounts.positive(amount, settings.largestAmount());
        FundingStore.LineRef line = funding.line(lineId).orElseThrow(() -> new NotFound("funding.error.notFound"));
        projectService.locked(line.projectId());
        FundingPlan.Line before = funding.lines(line.projectId()).stream().filter(each -> each.id() == lineId)
                .findFirst().orElseThrow(() -> new NotFound("funding.error.notFound"));
        if (before.status() != LineStatus.REQUESTED || !funding.correctLine(lineId, name, type, exact, clock.instant())) {
            throw new DomainException("funding.error.notRequested");
        }
        projects.refreshFunding(line.projectId());
        audit.append(current.id().orElse(null), "CORRECT_FUNDING_LINE", "PROJECT", line.projectId(),
                AuditDetails.of().count(lineId).text(before.sourceName()).label(typeKey(before.sourceType()))
                        .amount(before.amount()).text(name).label(typeKey(type)).amount(exact));
    }

    private static String sourceName(@Nullable String sourceName, @Nullable SourceType type) {
        String name = FreeText.singleLine(sourceName);
        if (!FreeText.fits(name, 2, SOURCE_MAX) || type == null) {
            throw new DomainException("funding.error.source", SOURCE_MAX);
        }
        return name;
    }

    /** Requested lines are committed or refused; committed ones are received or refused. */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public void moveLine(long lineId, @Nullable LineStatus next) {
        FundingStore.LineRef line = funding.line(lineId).orElseThrow(() -> new NotFound("funding.error.notFound"));
        projectService.locked(line.projectId());
        FundingStore.LineRef locked = funding.line(lineId).orElseThrow(() -> new NotFound("funding.error.notFound"));
        if (next == null || !locked.status().next().contains(next)) {
            throw new DomainException("funding.error.status");
        }
        Instant now = clock.instant();
        funding.moveLine(lineId, locked.status(), next, now);
        projects.refreshFunding(line.projectId());
        audit.append(current.id().orElse(null), "FUNDING_LINE_" + next.name(), "PROJECT", line.projectId(),
                AuditDetails.of().count(lineId));
    }

    @Transactional(readOnly = true)
    public FundingPlan plan(long projectId) {
        ProjectDetails project = projects.find(projectId).orElseThrow(() -> new NotFound("project.error.notFound"));
        return new FundingPlan(projectId, project.budget(), project.secured(), project.fundingStatus(),
                project.percentage(), funding.lines(projectId));
    }

    /** Adds a line already committed (the crowd's pledges, the city's match); the project must be locked. */
    void addCommittedLine(long projectId, String name, SourceType type, BigDecimal amount, Instant at) {
        if (amount.signum() > 0) {
            funding.addLine(projectId, name, type, amount, LineStatus.COMMITTED, at);
        }
        projects.refreshFunding(projectId);
    }

    /** A programme's terms for the audit trail, in the order of the sentences that show them. */
    private static AuditDetails terms(AuditDetails details, ProgrammeForm terms) {
        return (terms.populationBelow() == null ? details.label("audit.value.noLimit") : details.count(terms.populationBelow()))
                .label(terms.requiresRural() ? "common.yes" : "common.no")
                .amount(Objects.requireNonNull(terms.matchingPot())).percent(Objects.requireNonNull(terms.crowdShare()))
                .amount(Objects.requireNonNull(terms.projectCap()));
    }

    private static String typeKey(@Nullable SourceType type) {
        return type == null ? "audit.value.none" : type.labelKey();
    }
}
