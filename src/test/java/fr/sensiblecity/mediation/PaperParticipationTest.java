package fr.sensiblecity.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.ideas.TrailCheck;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.CounterPlacements;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.ResidencyRules;
import fr.sensiblecity.verification.VerificationMethod;
import fr.sensiblecity.verification.VerificationService;
import fr.sensiblecity.verification.VerifiedAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A mediator records paper supports at their counter; the person claims them with their receipt's code; nobody
 * counts twice; administrators place mediators at counters. Each rule tried by every role.
 */
@MariaDbTest
class PaperParticipationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Autowired
    PaperParticipation paper;

    @Autowired
    PaperClaims claims;

    @Autowired
    CounterPlacements placements;

    @Autowired
    VerificationService verifications;

    @Autowired
    ResidencyRules rules;

    @Autowired
    ResidencyCheck check;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    TerritoryService territories;

    @Autowired
    fr.sensiblecity.panels.PanelService panels;

    @Autowired
    fr.sensiblecity.panels.VolunteerService volunteering;

    @Autowired
    fr.sensiblecity.drafts.DraftService drafts;

    @Autowired
    fr.sensiblecity.drafts.ConsultationService consultation;

    @Autowired
    ResidentService residents;

    @Autowired
    AuditTrail audit;

    @Autowired
    fr.sensiblecity.residents.ResidentRights rights;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    TerritorySummary valbrume;
    TerritorySummary bellerive;
    long admin;
    long camille;
    long yvette;
    long maelle;
    long other;
    long idea;
    long secondIdea;
    long elsewhere;

    @BeforeEach
    void twoCommunesAMediatorAtEachCounterAndIdeas() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        Actors.system();
        valbrume = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("Le Bourg")));
        bellerive = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023, false, List.of("La Gare")));
        Actors.clear();
        admin = residents.signIn("demo", "adrien", "Adrien").id();
        camille = residents.signIn("demo", "camille", "Camille").id();
        yvette = residents.signIn("demo", "yvette", "Yvette").id();
        maelle = residents.signIn("demo", "maelle", "Maëlle").id();
        other = residents.signIn("demo", "olivier", "Olivier").id();
        Actors.system();
        residents.grantRole(maelle, Role.MEDIATOR);
        residents.grantRole(other, Role.MEDIATOR);
        placements.place(maelle, valbrume.id());
        placements.place(other, bellerive.id());
        rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        Actors.resident(camille);
        idea = ideas.submitIdea(form("Un banc à l'arrêt de car", valbrume));
        secondIdea = ideas.submitIdea(form("Une boîte à livres au lavoir", valbrume));
        elsewhere = ideas.submitIdea(form("Un abri vélo à la gare", bellerive));
        Actors.clear();
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void a_mediator_records_a_paper_support_that_counts_enters_the_chain_and_keeps_no_name_in_clear() {
        Actors.resident(maelle, Role.MEDIATOR);
        PaperReceipt receipt = paper.recordSupport("VAL-2026-0001", yvette(), IdentityDocument.IDENTITY_CARD, idea);

        assertThat(receipt.territoryName()).isEqualTo("Valbrume");
        assertThat(receipt.kind()).isEqualTo(PaperRecordKind.SUPPORT);
        assertThat(receipt.subject()).isEqualTo("Un banc à l'arrêt de car");
        assertThat(receipt.claimCode()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(1);
        TrailCheck trail = supports.checkTrail(idea);
        assertThat(trail.consistent()).isTrue();
        assertThat(lastAudit().action()).isEqualTo("SUPPORT_RECORDED_ON_PAPER");
        assertThat(lastAudit().actorId()).isEqualTo(maelle);
        assertThat(AuditDetails.decode(lastAudit().reason()).orElseThrow().getFirst().value()).isEqualTo("VAL-2026-0001");

        // Neither the name nor the birth date nor the code is anywhere in the module's tables.
        String stored = String.join(" ", jdbc.queryForList("select concat(p.person_key, ' ', r.form_ref, ' ', "
                + "r.document_type, ' ', c.code_hash) from paper_person p join paper_record r on r.person_id = p.id "
                + "join paper_claim_code c on c.person_id = p.id", String.class)).toLowerCase();
        assertThat(stored).contains("val-2026-0001").doesNotContain("martin").doesNotContain("yvette")
                .doesNotContain("1948").doesNotContain(receipt.claimCode().replace("-", "").toLowerCase());
        assertThat(jdbc.queryForObject("select count(*) from resident where issuer = 'paper-form' and display_name = ''",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void only_a_mediator_records_paper_forms_and_only_for_the_ideas_of_their_own_counter() {
        for (Runnable someone : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(admin, Role.ADMINISTRATOR), () -> Actors.resident(camille, Role.MODERATOR),
                () -> Actors.resident(camille, Role.FACILITATOR))) {
            someone.run();
            assertThatThrownBy(() -> paper.recordSupport("VAL-1", yvette(), IdentityDocument.PASSPORT, idea))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(other, Role.MEDIATOR);
        assertRefused(() -> paper.recordSupport("VAL-1", yvette(), IdentityDocument.PASSPORT, idea),
                "paper.error.otherTerritory");
        Actors.resident(maelle, Role.MEDIATOR);
        assertRefused(() -> paper.recordSupport("BEL-1", yvette(), IdentityDocument.PASSPORT, elsewhere),
                "paper.error.otherTerritory");
        assertRefused(() -> paper.recordSupport("  ", yvette(), IdentityDocument.PASSPORT, idea), "paper.error.formReference");
        assertRefused(() -> PaperIdentity.of("Martin", " ", LocalDate.of(1948, 5, 2), TODAY), "paper.error.name");
        assertRefused(() -> PaperIdentity.of("Martin", "Yvette", TODAY.plusDays(1), TODAY), "paper.error.birthDate");
        assertThat(ideas.findIdea(idea).supportCount()).isZero();
        assertThat(ideas.findIdea(elsewhere).supportCount()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from paper_record", Integer.class)).isZero();
    }

    @Test
    void the_same_person_on_two_papers_for_one_idea_is_refused_and_a_form_reference_serves_once() {
        Actors.resident(maelle, Role.MEDIATOR);
        paper.recordSupport("VAL-1", yvette(), IdentityDocument.IDENTITY_CARD, idea);
        // Same person, written another way: case, accents and dashes do not make another person.
        PaperIdentity again = PaperIdentity.of("MARTIN", "yvette", LocalDate.of(1948, 5, 2), TODAY);
        assertRefused(() -> paper.recordSupport("VAL-2", again, IdentityDocument.PASSPORT, idea),
                "paper.error.alreadySupports");
        assertRefused(() -> paper.recordSupport("VAL-1", marcel(), IdentityDocument.PASSPORT, secondIdea),
                "paper.error.formUsed");
        // The same person for another idea: one more support, the same nameless account.
        paper.recordSupport("VAL-3", again, IdentityDocument.PASSPORT, secondIdea);
        paper.recordSupport("VAL-4", marcel(), IdentityDocument.PASSPORT, idea);
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(2);
        assertThat(ideas.findIdea(secondIdea).supportCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from paper_person", Integer.class)).isEqualTo(2);
        // A form reference is unique per territory only.
        Actors.resident(other, Role.MEDIATOR);
        paper.recordSupport("VAL-1", yvette(), IdentityDocument.PASSPORT, elsewhere);
        assertThat(ideas.findIdea(elsewhere).supportCount()).isEqualTo(1);
    }

    @Test
    void the_person_claims_the_paper_support_into_their_account_counted_once_and_becomes_verified() {
        Actors.resident(maelle, Role.MEDIATOR);
        String code = paper.recordSupport("VAL-1", yvette(), IdentityDocument.IDENTITY_CARD, idea).claimCode();
        paper.recordSupport("VAL-2", yvette(), IdentityDocument.IDENTITY_CARD, secondIdea);

        // Yvette's grandson set up an account for her and she had already supported the second idea online.
        Actors.resident(yvette);
        assertThat(check.mayAct(yvette, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();
        rulesOffForASecond(() -> supports.support(secondIdea));
        assertThat(ideas.findIdea(secondIdea).supportCount()).isEqualTo(2);

        Actors.visitor();
        assertThatThrownBy(() -> claims.claim(code)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(yvette);
        assertRefused(() -> claims.claim("ACDE"), "paper.error.codeFormat");
        assertRefused(() -> claims.claim("AAAA-AAAA-AAAA"), "paper.error.codeUnknown");
        ClaimOutcome claimed = claims.claim(code.toLowerCase().replace("-", " "));

        assertThat(claimed.supportsMoved()).isEqualTo(1);
        assertThat(claimed.supportsMerged()).isEqualTo(1);
        assertThat(claimed.verified()).isTrue();
        assertThat(supports.doISupport(idea)).isTrue();
        assertThat(supports.doISupport(secondIdea)).isTrue();
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(1);
        assertThat(ideas.findIdea(secondIdea).supportCount()).isEqualTo(1);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
        assertThat(supports.checkTrail(secondIdea).consistent()).isTrue();
        assertThat(verifications.myVerifications()).extracting(v -> v.method())
                .contains(VerificationMethod.COUNTER_RECEIPT);
        assertThat(check.mayAct(yvette, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::action)
                .contains("PAPER_RECORDS_CLAIMED", "RESIDENCY_VERIFIED_BY_RECEIPT");
        // A code works once, and the person's other receipts with it.
        assertRefused(() -> claims.claim(code), "paper.error.codeUnknown");

        // A later paper form of the same person goes to her account at once: no code, and no double count.
        Actors.resident(maelle, Role.MEDIATOR);
        assertRefused(() -> paper.recordSupport("VAL-3", yvette(), IdentityDocument.IDENTITY_CARD, secondIdea),
                "paper.error.alreadySupports");
        Actors.resident(camille);
        long third = ideas.submitIdea(form("Un marché de producteurs le samedi", valbrume));
        Actors.resident(maelle, Role.MEDIATOR);
        PaperReceipt later = paper.recordSupport("VAL-3", yvette(), IdentityDocument.IDENTITY_CARD, third);
        assertThat(later.claimCode()).isNull();
        Actors.resident(yvette);
        assertThat(supports.doISupport(third)).isTrue();
    }

    @Test
    void the_claimant_finds_their_paper_forms_in_their_data_and_erasing_the_account_forgets_the_person_key() {
        Actors.resident(maelle, Role.MEDIATOR);
        String code = paper.recordSupport("VAL-1", yvette(), IdentityDocument.IDENTITY_CARD, idea).claimCode();
        Actors.resident(yvette);
        claims.claim(code);
        assertThat(rights.myData().get("paperForms")).asString().contains("VAL-1").contains("SUPPORT");

        List<String> keysBefore = jdbc.queryForList("select person_key from paper_person", String.class);
        rights.eraseMyAccount("SUPPRIMER");
        assertThat(jdbc.queryForObject("select count(*) from paper_person where claimed_by is not null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("select person_key from paper_person", String.class)).as("the key itself is gone")
                .doesNotContainAnyElementsOf(keysBefore);
        Actors.visitor();
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(1);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
        // Met again at the counter, the person is a new paper person: the old key is gone.
        Actors.resident(maelle, Role.MEDIATOR);
        assertThat(paper.recordSupport("VAL-2", yvette(), IdentityDocument.IDENTITY_CARD, secondIdea).claimCode())
                .isNotNull();
    }

    @Test
    void an_account_claims_the_paper_forms_of_one_person_per_territory() {
        Actors.resident(maelle, Role.MEDIATOR);
        String first = paper.recordSupport("VAL-1", yvette(), IdentityDocument.IDENTITY_CARD, idea).claimCode();
        String second = paper.recordSupport("VAL-2", marcel(), IdentityDocument.IDENTITY_CARD, idea).claimCode();
        Actors.resident(yvette);
        claims.claim(first);
        assertRefused(() -> claims.claim(second), "paper.error.otherPerson");
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(2);
    }

    @Test
    void administrators_place_mediators_at_counters_and_the_placement_overrides_the_profile_district() {
        for (Runnable someone : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(maelle, Role.MEDIATOR), () -> Actors.resident(camille, Role.MODERATOR))) {
            someone.run();
            assertThatThrownBy(() -> placements.place(maelle, bellerive.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> placements.placedAt(valbrume.id())).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(maelle, Role.MEDIATOR);
        residents.updateMyProfile(new fr.sensiblecity.residents.ProfileForm("Maëlle", null,
                bellerive.districts().getFirst().id(), "fr"));
        assertThat(verifications.counterTerritory()).map(TerritorySummary::name).contains("Valbrume");

        Actors.resident(admin, Role.ADMINISTRATOR);
        assertRefused(() -> placements.place(camille, valbrume.id()), "counterPlacement.error.notMediator");
        placements.place(maelle, bellerive.id());
        assertThat(lastAudit().action()).isEqualTo("MEDIATOR_PLACED");
        assertThat(lastAudit().targetId()).isEqualTo(maelle);
        assertThat(placements.placedAt(bellerive.id())).extracting(CounterPlacements.PlacedMediator::displayName)
                .containsExactlyInAnyOrder("Maëlle", "Olivier");
        Actors.resident(maelle, Role.MEDIATOR);
        assertThat(verifications.counterTerritory()).map(TerritorySummary::name).contains("Bellerive");

        Actors.resident(admin, Role.ADMINISTRATOR);
        placements.remove(other);
        assertThat(lastAudit().action()).isEqualTo("MEDIATOR_UNPLACED");
        Actors.resident(other, Role.MEDIATOR);
        assertThat(verifications.counterTerritory()).isEmpty();
    }

    @Test
    void a_paper_volunteering_declares_the_panels_categories_enters_the_pool_once_and_passes_to_the_claimant() {
        long facilitator = residents.signIn("demo", "flore", "Flore").id();
        Actors.resident(facilitator, Role.FACILITATOR);
        long panel = panels.createPanel(panelForm(valbrume));
        panels.advance(panel, fr.sensiblecity.panels.PanelPhase.RECRUITING);
        long foreign = panels.createPanel(panelForm(bellerive));
        panels.advance(foreign, fr.sensiblecity.panels.PanelPhase.RECRUITING);

        Actors.resident(camille);
        assertThatThrownBy(() -> paper.recordVolunteering("VAL-1", yvette(), IdentityDocument.PASSPORT, panel,
                java.util.Map.of("gender", "female", "district", "Le Bourg"))).isInstanceOf(AccessDeniedException.class);
        Actors.resident(maelle, Role.MEDIATOR);
        assertRefused(() -> paper.recordVolunteering("VAL-1", yvette(), IdentityDocument.PASSPORT, panel,
                java.util.Map.of("gender", "female")), "panel.error.declareEveryCategory");
        assertRefused(() -> paper.recordVolunteering("VAL-1", yvette(), IdentityDocument.PASSPORT, foreign,
                java.util.Map.of("gender", "female", "district", "La Gare")), "paper.error.otherTerritory");
        PaperReceipt receipt = paper.recordVolunteering("VAL-1", yvette(), IdentityDocument.PASSPORT, panel,
                java.util.Map.of("gender", "female", "district", "Le Bourg"));
        assertThat(receipt.kind()).isEqualTo(PaperRecordKind.VOLUNTEER);
        assertThat(lastAudit().action()).isEqualTo("VOLUNTEERING_RECORDED_ON_PAPER");
        assertRefused(() -> paper.recordVolunteering("VAL-2", yvette(), IdentityDocument.PASSPORT, panel,
                java.util.Map.of("gender", "female", "district", "Le Bourg")), "paper.error.alreadyVolunteers");
        assertThat(volunteering.poolSize(panel)).isEqualTo(1);

        // Yvette had volunteered online too: after her claim she is in the pool once, with her online declaration.
        Actors.system();
        rules.changeRules(valbrume.id(), Set.of());
        Actors.resident(yvette);
        volunteering.volunteer(panel, java.util.Map.of("gender", "female", "district", "Le Bourg"), true);
        assertThat(volunteering.poolSize(panel)).isEqualTo(2);
        ClaimOutcome claimed = claims.claim(receipt.claimCode());
        assertThat(claimed.volunteeringsMerged()).isEqualTo(1);
        assertThat(volunteering.poolSize(panel)).isEqualTo(1);
        assertThat(volunteering.myDeclaration(panel)).isPresent();
    }

    @Test
    void a_paper_comment_on_a_consultation_of_the_territory_shows_no_name_until_the_person_claims_it() {
        long facilitator = residents.signIn("demo", "flore", "Flore").id();
        Actors.resident(facilitator, Role.FACILITATOR);
        long panel = panels.createPanel(panelForm(valbrume));
        long draft = drafts.openDraft(new fr.sensiblecity.drafts.DraftForm("Plan vélo du bourg",
                "Comment rendre le bourg plus sûr pour les vélos ?", "Conseil municipal", panel));
        long section = drafts.addSection(draft, "Les pistes", "Une piste le long de la départementale.");
        Actors.resident(maelle, Role.MEDIATOR);
        assertThatThrownBy(() -> paper.recordComment("VAL-1", yvette(), IdentityDocument.PASSPORT, draft, section,
                "Il faut aussi penser aux piétons.")).as("a draft being written is not public yet")
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(draft, fr.sensiblecity.drafts.DraftPhase.CONSULTATION);

        Actors.resident(other, Role.MEDIATOR);
        assertRefused(() -> paper.recordComment("BEL-1", yvette(), IdentityDocument.PASSPORT, draft, section,
                "Il faut aussi penser aux piétons."), "paper.error.otherTerritory");
        Actors.resident(maelle, Role.MEDIATOR);
        PaperReceipt receipt = paper.recordComment("VAL-1", yvette(), IdentityDocument.PASSPORT, draft, section,
                "Il faut aussi penser aux piétons.");
        assertThat(receipt.subject()).isEqualTo("Plan vélo du bourg – Les pistes");
        assertThat(lastAudit().action()).isEqualTo("CONSULTATION_COMMENT_RECORDED_ON_PAPER");
        Actors.visitor();
        assertThat(consultation.commentsBySection(draft).get(section)).singleElement()
                .satisfies(entry -> assertThat(entry.authorName()).isNullOrEmpty());

        Actors.resident(yvette);
        assertThat(claims.claim(receipt.claimCode()).comments()).isEqualTo(1);
        Actors.visitor();
        assertThat(consultation.commentsBySection(draft).get(section)).singleElement()
                .satisfies(entry -> assertThat(entry.authorName()).isEqualTo("Yvette"));

        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(draft, fr.sensiblecity.drafts.DraftPhase.DELIBERATION);
        Actors.resident(maelle, Role.MEDIATOR);
        assertRefused(() -> paper.recordComment("VAL-2", marcel(), IdentityDocument.PASSPORT, draft, section,
                "Trop tard ?"), "paper.error.notInConsultation");
    }

    private static fr.sensiblecity.panels.PanelForm panelForm(TerritorySummary commune) {
        String district = commune.districts().getFirst().name();
        return new fr.sensiblecity.panels.PanelForm("Comment rendre le bourg plus sûr pour les vélos ?",
                "Conseil municipal", commune.id(), 4, 1, null, null, List.of(
                        new fr.sensiblecity.panels.QuotaLine("gender", "female", 1, 3),
                        new fr.sensiblecity.panels.QuotaLine("gender", "male", 1, 3),
                        new fr.sensiblecity.panels.QuotaLine("district", district, 1, 4)),
                List.of(new fr.sensiblecity.panels.SessionLine(java.time.LocalDateTime.of(2027, 1, 9, 10, 0),
                        "Salle des fêtes", "Accueil")));
    }

    private void rulesOffForASecond(Runnable action) {
        jdbc.update("delete from verification_rule where territory_id = ? and action = 'SUPPORT_IDEA'", valbrume.id());
        action.run();
        jdbc.update("insert into verification_rule (territory_id, action, since) values (?, 'SUPPORT_IDEA', ?)",
                valbrume.id(), java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    private static PaperIdentity yvette() {
        return PaperIdentity.of("Martin", "Yvette", LocalDate.of(1948, 5, 2), TODAY);
    }

    private static PaperIdentity marcel() {
        return PaperIdentity.of("Le Gall", "Marcel", LocalDate.of(1951, 11, 20), TODAY);
    }

    private IdeaForm form(String title, TerritorySummary territory) {
        long theme = territories.listThemes().stream().filter(t -> t.code().equals("mobility")).findFirst().orElseThrow().id();
        return new IdeaForm(title, "Une proposition d'habitant, écrite assez longuement pour être publiée.", theme,
                territory.id(), null);
    }

    private AuditEntry lastAudit() {
        return audit.newestFirst(0, 1).getFirst();
    }

    private static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
