package fr.sensiblecity.projects;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.ModerationService;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.ThemeSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Promoting mature ideas to projects, running them through their phases and milestones, and reading them. */
@Service
public class ProjectService {

    public static final int PAGE_MAX = 500;
    static final int IDEAS_MAX = 20;
    static final int NOTE_MAX = 5000;
    static final int EVALUATION_MIN = 20;
    static final int MILESTONE_MAX = 200;

    private final ProjectStore projects;
    private final LabelStore labels;
    private final ModerationService moderation;
    private final IdeaService ideas;
    private final TerritoryService territories;
    private final ProjectSettings settings;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectStore projects, LabelStore labels, ModerationService moderation, IdeaService ideas,
            TerritoryService territories, ProjectSettings settings, AuditTrail audit, CurrentResident current,
            ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.labels = labels;
        this.moderation = moderation;
        this.ideas = ideas;
        this.territories = territories;
        this.settings = settings;
        this.audit = audit;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a project from one or more mature ideas, which become accepted with {@code answer} as their public
     * answer. All or nothing: an idea that is not mature, or already in a project, refuses the whole promotion.
     */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public long promote(List<Long> ideaIds, ProjectForm form, String answer) {
        ProjectForm valid = checkedAgainstReferences(form.validated(settings.largestAmount()));
        List<Long> chosen = ideaIds == null ? List.of() : ideaIds.stream().distinct().toList();
        if (chosen.isEmpty() || chosen.size() > IDEAS_MAX) {
            throw new DomainException("project.error.ideas", IDEAS_MAX);
        }
        Instant now = clock.instant();
        long id = projects.insert(valid, now);
        // The ideas module refuses unknown ideas and ideas that are no longer mature before any link is written.
        moderation.acceptIntoProject(chosen, id, answer);
        try {
            projects.linkIdeas(id, chosen);
        } catch (DuplicateKeyException alreadyInAProject) {
            throw new DomainException("project.error.ideaTaken");
        }
        projects.addEvent(id, "CREATED", ProjectPhase.STUDY, "", now);
        audit.append(current.id().orElse(null), "PROMOTE", "PROJECT", id, valid.title());
        return id;
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public void editProject(long projectId, ProjectForm form) {
        ProjectForm valid = checkedAgainstReferences(form.validated(settings.largestAmount()));
        locked(projectId);
        projects.update(projectId, valid);
        projects.refreshFunding(projectId);
        audit.append(current.id().orElse(null), "EDIT_PROJECT", "PROJECT", projectId, valid.title());
    }

    /** Moves the project on; the last two phases need an evaluation summary, which the page then shows. */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public void changePhase(long projectId, ProjectPhase next, @Nullable String note) {
        ProjectStore.Locked project = locked(projectId);
        if (next == null || !project.phase().next().contains(next)) {
            throw new DomainException("project.error.phase");
        }
        String text = FreeText.multiLine(note);
        if (!FreeText.fits(text, next.needsEvaluation() ? EVALUATION_MIN : 0, NOTE_MAX)) {
            throw new DomainException(next.needsEvaluation() ? "project.error.evaluation" : "project.error.note",
                    EVALUATION_MIN, NOTE_MAX);
        }
        Instant now = clock.instant();
        projects.movePhase(projectId, next, next.needsEvaluation() ? text : null, now);
        projects.addEvent(projectId, "PHASE", next, text, now);
        audit.append(current.id().orElse(null), "PROJECT_PHASE", "PROJECT", projectId,
                AuditDetails.of().label(next.labelKey()).text(text));
        events.publishEvent(new ProjectPhaseChanged(projectId, next));
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public long addMilestone(long projectId, String title, @Nullable LocalDate dueOn) {
        locked(projectId);
        String clean = FreeText.singleLine(title);
        if (!FreeText.fits(clean, 3, MILESTONE_MAX)) {
            throw new DomainException("milestone.error.title", 3, MILESTONE_MAX);
        }
        long id = projects.addMilestone(projectId, clean, dueOn, 0, clock.instant());
        audit.append(current.id().orElse(null), "ADD_MILESTONE", "PROJECT", projectId,
                clean + (dueOn == null ? "" : " · " + dueOn));
        return id;
    }

    /** Sets a milestone's progress (0 to 100); reaching 100 goes on the timeline. */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public void setProgress(long milestoneId, int progress) {
        long[] milestone = projects.milestone(milestoneId).orElseThrow(() -> new NotFound("milestone.error.notFound"));
        if (progress < 0 || progress > 100) {
            throw new DomainException("milestone.error.progress");
        }
        locked(milestone[0]);
        Instant now = clock.instant();
        projects.setProgress(milestoneId, progress, now);
        if (progress != milestone[1]) {
            audit.append(current.id().orElse(null), "MILESTONE_PROGRESS", "PROJECT", milestone[0],
                    projects.milestoneTitle(milestoneId) + ": " + milestone[1] + " % → " + progress + " %");
        }
        if (progress == 100 && milestone[1] < 100) {
            projects.addEvent(milestone[0], "MILESTONE", null, projects.milestoneTitle(milestoneId), now);
        }
    }

    @Transactional(readOnly = true)
    public ProjectDetails findProject(long projectId) {
        ProjectDetails found = projects.find(projectId).orElseThrow(() -> new NotFound("project.error.notFound"));
        List<ProjectDetails.SourceIdea> sources = projects.ideas(projectId).stream()
                .map(idea -> new ProjectDetails.SourceIdea(idea, ideas.findIdea(idea).title())).toList();
        List<String> shownLabels = labels.namesFor(projectId, found.territoryId());
        return new ProjectDetails(found.id(), found.title(), found.summary(), found.territoryId(), found.territoryName(),
                found.holderType(), found.holderName(), found.partners(), found.phase(), found.evaluationSummary(),
                found.themeIds(), found.budget(), found.secured(), found.fundingStatus(), found.percentage(),
                found.createdAt(), sources, found.milestones(), found.timeline(), shownLabels);
    }

    /** A page of the list, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectCard> browse(ProjectQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw new DomainException("projects.error.page", PAGE_MAX);
        }
        return projects.page(query, offset, limit);
    }

    /** The project an idea became, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> projectOfIdea(long ideaId) {
        return projects.projectOfIdea(ideaId);
    }

    @Transactional(readOnly = true)
    public String titleOf(long projectId) {
        return projects.title(projectId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProjectStore.Locked locked(long projectId) {
        return projects.lock(projectId).orElseThrow(() -> new NotFound("project.error.notFound"));
    }

    private ProjectForm checkedAgainstReferences(ProjectForm valid) {
        if (territories.findTerritory(valid.territoryId()).isEmpty()) {
            throw new DomainException("project.error.territory");
        }
        for (long theme : valid.themeIds()) {
            Optional<ThemeSummary> found = territories.findTheme(theme);
            if (found.isEmpty()) {
                throw new DomainException("project.error.themes", ProjectForm.THEMES_MAX);
            }
        }
        return valid;
    }
}
