package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Posting, editing, withdrawing, reading and finding ideas. */
@Service
public class IdeaService {

    /** The largest page a list may ask for; a browser asks for far less. */
    public static final int PAGE_MAX = 500;
    static final int SIMILAR = 5;

    private final IdeaRepository ideas;
    private final IdeaCatalog catalog;
    private final CurrentResident current;
    private final ResidentService residents;
    private final TerritoryService territories;
    private final IdeaPermissions permissions;
    private final IdeaThresholds settings;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final IdeaImageStore images;

    IdeaService(IdeaRepository ideas, IdeaCatalog catalog, CurrentResident current, ResidentService residents,
            TerritoryService territories, IdeaPermissions permissions, IdeaThresholds settings, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, IdeaImageStore images) {
        this.events = events;
        this.images = images;
        this.ideas = ideas;
        this.catalog = catalog;
        this.current = current;
        this.residents = residents;
        this.territories = territories;
        this.permissions = permissions;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@ideaPermissions.canPost(authentication)")
    public long submitIdea(IdeaForm form) {
        return submitIdea(form, null);
    }

    /** Posts an idea with an optional image: both are stored, or neither (a refused image refuses the idea). */
    @Transactional
    @PreAuthorize("@ideaPermissions.canPost(authentication)")
    public long submitIdea(IdeaForm form, IdeaImage.@Nullable Upload image) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        IdeaForm valid = checkedAgainstReferences(form.validated());
        long recent = ideas.countByAuthorIdAndCreatedAtAfter(me, clock.instant().minus(Duration.ofHours(1)));
        if (recent >= settings.ideasPerHour()) {
            throw new DomainException("idea.error.rateLimit", settings.ideasPerHour());
        }
        Idea idea = ideas.save(new Idea(valid, me, clock.instant()));
        if (image != null) {
            images.put(idea.id(), image, clock.instant());
        }
        catalog.index(idea.id(), valid.title(), valid.description());
        events.publishEvent(new IdeaPosted(idea.id(), valid.territoryId()));
        return idea.id();
    }

    @Transactional
    public void editIdea(long ideaId, IdeaForm form) {
        // Locked before anything else is read: a support either committed before (and the edit sees its count) or
        // waits until the edit is done, since supports never change the idea's version.
        Idea idea = mineToChange(ideaId);
        IdeaForm valid = checkedAgainstReferences(form.validated());
        idea.edit(valid);
        saveOrExplain(idea);
        catalog.index(ideaId, valid.title(), valid.description());
    }

    /**
     * Edits an idea and its image, under the same rule as the text (the author, until someone supports it): a new
     * upload replaces the image, {@code removeImage} drops it, otherwise the kept image takes the given alt text.
     */
    @Transactional
    public void editIdea(long ideaId, IdeaForm form, IdeaImage.@Nullable Upload newImage, boolean removeImage,
            @Nullable String altText) {
        editIdea(ideaId, form);
        if (newImage != null) {
            images.put(ideaId, newImage, clock.instant());
        } else if (removeImage) {
            images.remove(ideaId);
        } else if (images.find(ideaId).isPresent()) {
            images.changeAlt(ideaId, altText);
        }
    }

    /** An idea's image, seen by whoever may see the idea's text. */
    @Transactional(readOnly = true)
    public Optional<IdeaImage> image(long ideaId) {
        return visible(ideaId) ? images.find(ideaId) : Optional.empty();
    }

    /** The bytes of an idea's image, under the same rule. */
    @Transactional(readOnly = true)
    public Optional<IdeaImage.Content> imageContent(long ideaId) {
        return visible(ideaId) ? images.content(ideaId) : Optional.empty();
    }

    private boolean visible(long ideaId) {
        Optional<Idea> idea = ideas.findById(ideaId);
        if (idea.isEmpty()) {
            return false;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return idea.get().state() != IdeaState.HIDDEN || permissions.canModerate(authentication)
                || permissions.isAuthor(authentication, idea.get().authorId());
    }

    @Transactional
    public void withdrawIdea(long ideaId) {
        Idea idea = mineToChange(ideaId);
        idea.withdraw();
        saveOrExplain(idea);
    }

    /**
     * An idea's page. A hidden idea shows only its public reason, except to its author and to moderators.
     */
    @Transactional(readOnly = true)
    public IdeaDetails findIdea(long ideaId) {
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        String authorName = idea.authorId() == null ? null : residents.displayNameOf(idea.authorId()).orElse(null);
        IdeaDetails details = idea.details(authorName);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (idea.state() == IdeaState.HIDDEN && !permissions.canModerate(authentication)
                && !permissions.isAuthor(authentication, idea.authorId())) {
            return new IdeaDetails(details.id(), "", "", details.state(), details.themeId(), details.territoryId(),
                    details.districtId(), null, null, details.supportCount(), details.commentCount(), details.createdAt(),
                    details.maturedAt(), details.publicAnswer(), details.mergedIntoId(), details.hiddenReason());
        }
        return details;
    }

    /** The support count an idea shows (0 if it does not exist), in one statement: live pages ask it often. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int supportCount(long ideaId) {
        return ideas.supportCountOf(ideaId).orElse(0);
    }

    /**
     * A page of the list, in one statement, which sees one consistent state by itself: a read-only transaction around
     * it would cost five more statements with the MariaDB driver (read-only flag, autocommit, commit, and back).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<IdeaCard> browse(IdeaQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw new DomainException("ideas.error.page", PAGE_MAX);
        }
        return catalog.page(query, offset, limit);
    }

    /** How many ideas the territory (or the whole platform, for null) lists, and their supports: one statement. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public IdeaFigures figures(@org.jspecify.annotations.Nullable Long territoryId) {
        return catalog.figures(territoryId);
    }

    /** Listed ideas that look like a draft, so its author can support one instead of posting a duplicate. */
    @Transactional(readOnly = true)
    public List<IdeaCard> similarIdeas(String title, String description) {
        String draft = (title == null ? "" : title) + " " + (description == null ? "" : description);
        String bounded = draft.length() > 10_000 ? draft.substring(0, 10_000) : draft;
        return catalog.sharingWords(SearchTerms.of(bounded), SIMILAR);
    }

    /** The idea, locked as supports lock it (one row, so no order to keep with them). */
    private Idea mineToChange(long ideaId) {
        Idea idea = ideas.lockById(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (!permissions.isAuthor(SecurityContextHolder.getContext().getAuthentication(), idea.authorId())) {
            throw new AccessDeniedException("only the author changes an idea");
        }
        return idea;
    }

    private IdeaForm checkedAgainstReferences(IdeaForm valid) {
        Optional<ThemeSummary> theme = territories.findTheme(valid.themeId());
        if (theme.isEmpty() || !theme.get().active()) {
            throw new DomainException("idea.error.theme");
        }
        TerritorySummary territory = territories.findTerritory(valid.territoryId())
                .orElseThrow(() -> new DomainException("idea.error.territory"));
        if (valid.districtId() != null && territory.districts().stream().map(DistrictRef::id)
                .noneMatch(id -> Objects.equals(id, valid.districtId()))) {
            throw new DomainException("idea.error.district");
        }
        return valid;
    }

    private void saveOrExplain(Idea idea) {
        try {
            ideas.saveAndFlush(idea);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new DomainException("idea.error.changedMeanwhile");
        }
    }
}
