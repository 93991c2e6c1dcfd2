package fr.sensiblecity.mediation;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.OneTimeCodes;
import fr.sensiblecity.base.Sha256;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.PaperSupports;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.PaperComments;
import fr.sensiblecity.panels.PaperVolunteers;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.VerificationService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mediator records the support a person signed on a paper form, at the counter of their territory; the person
 * later claims it into their own account with the code on their receipt. The same person never counts twice: a
 * second paper for the same idea is refused (same person key), and at claim time a support also given online is
 * merged into one.
 */
@Service
public class PaperParticipation {

    /** A form's reference as the town hall prints it: letters, digits, and - / . between them. */
    private static final Pattern FORM_REFERENCE = Pattern.compile("[\\p{Alnum}][\\p{Alnum}/.\\- ]{0,38}[\\p{Alnum}]|\\p{Alnum}");

    private final PaperStore store;
    private final PersonKeys keys;
    private final VerificationService verifications;
    private final PaperSupports supports;
    private final PaperVolunteers volunteers;
    private final PaperComments comments;
    private final IdeaService ideas;
    private final PanelService panels;
    private final DraftService drafts;
    private final ResidentService residents;
    private final CurrentResident current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PaperParticipation(PaperStore store, PersonKeys keys, VerificationService verifications, PaperSupports supports,
            PaperVolunteers volunteers, PaperComments comments, IdeaService ideas, PanelService panels,
            DraftService drafts, ResidentService residents, CurrentResident current, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.verifications = verifications;
        this.supports = supports;
        this.volunteers = volunteers;
        this.comments = comments;
        this.ideas = ideas;
        this.panels = panels;
        this.drafts = drafts;
        this.residents = residents;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Records the support of an idea of the counter's territory that the person signed on the form. The identity is
     * turned into the person key and forgotten; the receipt carries a new claim code unless the person already
     * claimed earlier records (then the support goes to their account at once).
     */
    @Transactional
    @PreAuthorize("@mediationPermissions.canRecordPaperForms(authentication)")
    public PaperReceipt recordSupport(String formReference, PaperIdentity identity, IdentityDocument document,
            long ideaId) {
        String title = ideas.findIdea(ideaId).title();
        return record(formReference, identity, document, PaperRecordKind.SUPPORT, ideaId, title,
                (territoryId, actor, reference) -> supports.recordPaperSupport(ideaId, actor, territoryId, reference));
    }

    /**
     * Records a volunteering for a recruiting panel of the counter's territory: the features the person declared on
     * paper, one per category of the panel, as the online form asks; their signature on the form is their consent.
     */
    @Transactional
    @PreAuthorize("@mediationPermissions.canRecordPaperForms(authentication)")
    public PaperReceipt recordVolunteering(String formReference, PaperIdentity identity, IdentityDocument document,
            long panelId, Map<String, String> declared) {
        String question = panels.findPanel(panelId).question();
        return record(formReference, identity, document, PaperRecordKind.VOLUNTEER, panelId, question,
                (territoryId, actor, reference) -> volunteers.recordPaperVolunteering(panelId, actor, territoryId,
                        declared, reference));
    }

    /** Records a comment the person wrote on paper about a section of a consultation of the counter's territory. */
    @Transactional
    @PreAuthorize("@mediationPermissions.canRecordPaperForms(authentication)")
    public PaperReceipt recordComment(String formReference, PaperIdentity identity, IdentityDocument document,
            long draftId, long sectionId, String text) {
        var draft = drafts.findDraft(draftId);
        var section = draft.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new fr.sensiblecity.base.NotFound("drafts.error.notFound"));
        return record(formReference, identity, document, PaperRecordKind.COMMENT, sectionId,
                draft.title() + " – " + section.title(),
                (territoryId, actor, reference) -> comments.recordPaperComment(sectionId, actor, territoryId, text,
                        reference));
    }

    private PaperReceipt record(String formReference, PaperIdentity identity, IdentityDocument document,
            PaperRecordKind kind, long targetId, String subject, Recording recording) {
        long mediator = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        TerritorySummary territory = verifications.counterTerritory()
                .orElseThrow(() -> new DomainException("verification.error.noCounterTerritory"));
        String reference = reference(formReference);
        if (store.formUsed(territory.id(), reference)) {
            throw new DomainException("paper.error.formUsed", reference);
        }
        PaperStore.Person person = person(territory.id(), keys.of(territory.id(), identity));
        Instant now = clock.instant();
        recording.record(territory.id(), person.actor(), reference);
        try {
            store.insertRecord(territory.id(), reference, person.id(), kind, targetId, document.name(), mediator, now);
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            throw new DomainException("paper.error.formUsed", reference);
        }
        String code = person.claimedBy() == null ? newCode(person.id(), now) : null;
        return new PaperReceipt(territory.name(), reference, kind, subject, now,
                code == null ? null : OneTimeCodes.grouped(code));
    }

    /** The record itself, in the module that owns it: it checks the territory, the target's state and duplicates. */
    @FunctionalInterface
    private interface Recording {
        void record(long territoryId, long actor, String formReference);
    }

    /** The person with this key, created with a nameless paper account at their first paper form. */
    private PaperStore.Person person(long territoryId, String personKey) {
        return store.lockPerson(territoryId, personKey).orElseGet(() -> {
            long account = residents.createPaperParticipant();
            try {
                long id = store.insertPerson(territoryId, personKey, account, clock.instant());
                return new PaperStore.Person(id, territoryId, account, null);
            } catch (DuplicateKeyException sameFirstPaperAtTheSameTime) {
                throw new DomainException("paper.error.retry");
            }
        });
    }

    private String newCode(long personId, Instant now) {
        while (true) {
            String code = OneTimeCodes.newCode(random);
            try {
                store.insertCode(personId, hash(code), now);
                return code;
            } catch (DuplicateKeyException drawnBefore) {
                // one chance in 10^16: draw another
            }
        }
    }

    private static String reference(String typed) {
        String reference = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (!FORM_REFERENCE.matcher(reference).matches()) {
            throw new DomainException("paper.error.formReference");
        }
        return reference;
    }

    static String hash(String normalized) {
        return Sha256.hex("paper-claim-code|" + normalized);
    }
}
