package fr.sensiblecity.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Rules, letter codes, in-person verification, expiry and revocation, each tried by every role. */
@MariaDbTest
class ResidencyVerificationTest {

    @Autowired
    ResidencyRules rules;

    @Autowired
    ResidencyCheck check;

    @Autowired
    LetterCodes codes;

    @Autowired
    VerificationService verifications;

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    AuditTrail audit;

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
    long dominique;
    long mediator;
    long moderator;

    @BeforeEach
    void twoCommunesAndTheirPeople() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        Actors.system();
        valbrume = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("Le Bourg")));
        bellerive = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023, false, List.of("La Gare")));
        Actors.clear();
        admin = residents.signIn("demo", "adrien", "Adrien").id();
        camille = residents.signIn("demo", "camille", "Camille").id();
        dominique = residents.signIn("demo", "dominique", "Dominique").id();
        mediator = residents.signIn("demo", "maelle", "Maëlle").id();
        moderator = residents.signIn("demo", "morgane", "Morgane").id();
        Actors.resident(mediator, Role.MEDIATOR);
        residents.updateMyProfile(new ProfileForm("Maëlle", null, valbrume.districts().getFirst().id(), "fr"));
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void only_administrators_choose_the_actions_a_territory_reserves_and_each_change_is_audited() {
        for (Runnable someone : everyoneButAdministrators()) {
            someone.run();
            assertThatThrownBy(() -> rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.visitor();
        assertThat(rules.rulesOf(valbrume.id())).isEmpty();

        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA, VerifiedAction.PLEDGE));
        assertThat(lastAudit().action()).isEqualTo("VERIFICATION_RULE_ON");
        rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        assertThat(lastAudit().action()).isEqualTo("VERIFICATION_RULE_OFF");
        assertThat(AuditDetails.decode(lastAudit().reason()).orElseThrow().getFirst().value())
                .isEqualTo(VerifiedAction.PLEDGE.labelKey());

        Actors.visitor();
        assertThat(rules.rulesOf(valbrume.id())).containsExactly(VerifiedAction.SUPPORT_IDEA);
        assertThat(rules.rulesOf(bellerive.id())).isEmpty();
        assertThat(check.mayAct(camille, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();
        assertThat(check.mayAct(camille, valbrume.id(), VerifiedAction.PLEDGE)).isTrue();
        assertThat(check.mayAct(camille, bellerive.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
        assertThatThrownBy(() -> check.require(camille, valbrume.id(), VerifiedAction.SUPPORT_IDEA))
                .isInstanceOfSatisfying(NotVerified.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("verification.required.support_idea");
                    assertThat(refused.arguments()).containsExactly("Valbrume");
                });
    }

    @Test
    void a_letter_code_verifies_the_resident_who_types_it_once_and_is_stored_only_as_a_hash() {
        for (Runnable someone : everyoneButAdministrators()) {
            someone.run();
            assertThatThrownBy(() -> codes.generate(valbrume.id(), 3)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(admin, Role.ADMINISTRATOR);
        LetterBatch batch = codes.generate(valbrume.id(), 3);
        assertThat(batch.codes()).hasSize(3).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[" + LetterCodes.ALPHABET + "]{4}-[" + LetterCodes.ALPHABET + "]{4}-["
                        + LetterCodes.ALPHABET + "]{4}"));
        assertThat(lastAudit().action()).isEqualTo("VERIFICATION_CODES_GENERATED");
        assertThat(codes.unusedCodes(valbrume.id())).isEqualTo(3);
        String stored = String.join(" ", jdbc.queryForList("select code_hash from verification_code", String.class));
        batch.codes().forEach(code -> assertThat(stored).doesNotContain(code).doesNotContain(code.replace("-", "")));
        assertRefused(() -> codes.generate(valbrume.id(), 0), "verification.error.batchSize");
        assertRefused(() -> codes.generate(valbrume.id(), 2001), "verification.error.batchSize");

        Actors.visitor();
        assertThatThrownBy(() -> codes.redeem(batch.codes().getFirst())).isInstanceOf(AccessDeniedException.class);
        Actors.resident(camille);
        assertRefused(() -> codes.redeem("ACDE"), "verification.error.codeFormat");
        MyVerification mine = codes.redeem(" " + batch.codes().getFirst().toLowerCase().replace("-", " ") + " ");
        assertThat(mine.territoryName()).isEqualTo("Valbrume");
        assertThat(mine.method()).isEqualTo(VerificationMethod.LETTER_CODE);
        assertThat(mine.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(730)));
        assertThat(verifications.myVerifications()).extracting(MyVerification::territoryName).containsExactly("Valbrume");
        assertThat(lastAudit().action()).isEqualTo("RESIDENCY_VERIFIED_BY_CODE");
        assertThat(lastAudit().targetId()).isEqualTo(camille);
        assertRefused(() -> codes.redeem(batch.codes().get(1)), "verification.error.alreadyVerified");

        Actors.resident(dominique);
        assertRefused(() -> codes.redeem(batch.codes().getFirst()), "verification.error.codeUnknown");
        codes.redeem(batch.codes().get(1));
        Actors.resident(admin, Role.ADMINISTRATOR);
        assertThat(codes.unusedCodes(valbrume.id())).isEqualTo(1);
        Actors.visitor();
        assertThat(check.mayAct(camille, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
    }

    @Test
    void guessing_codes_is_throttled_even_when_the_next_guess_is_right() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        String right = codes.generate(valbrume.id(), 1).codes().getFirst();
        Actors.resident(dominique);
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> codes.redeem("ACDE-FGHJ-KMN" + LetterCodes.ALPHABET.charAt(3)), "verification.error.codeUnknown");
        }
        assertRefused(() -> codes.redeem(right), "verification.error.tooManyAttempts");
        assertThat(verifications.myVerifications()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(codes.redeem(right).territoryName()).isEqualTo("Valbrume");
    }

    @Test
    void a_mediator_verifies_in_person_for_the_territory_of_their_counter_and_only_the_kind_of_document_is_kept() {
        for (Runnable someone : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(moderator, Role.MODERATOR), () -> Actors.resident(admin, Role.ADMINISTRATOR))) {
            someone.run();
            assertThatThrownBy(() -> verifications.verifyInPerson(dominique, IdentityDocument.PASSPORT))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(mediator, Role.MEDIATOR);
        assertThat(verifications.counterTerritory()).map(TerritorySummary::name).contains("Valbrume");
        assertThat(verifications.findResidents("domin")).extracting(r -> r.displayName()).containsExactly("Dominique");
        MyVerification done = verifications.verifyInPerson(dominique, IdentityDocument.IDENTITY_CARD);
        assertThat(done.territoryName()).isEqualTo("Valbrume");
        assertThat(lastAudit().action()).isEqualTo("RESIDENCY_VERIFIED_IN_PERSON");
        assertThat(lastAudit().actorId()).isEqualTo(mediator);
        assertThat(jdbc.queryForObject("select document_type from residency_verification where resident_id = ?",
                String.class, dominique)).isEqualTo("IDENTITY_CARD");
        assertRefused(() -> verifications.verifyInPerson(dominique, IdentityDocument.PASSPORT),
                "verification.error.alreadyVerified");
        assertRefused(() -> verifications.verifyInPerson(mediator, IdentityDocument.PASSPORT), "verification.error.self");
        assertRefused(() -> verifications.verifyInPerson(999_999, IdentityDocument.PASSPORT),
                "verification.error.residentNotFound");

        Actors.visitor();
        assertThat(check.mayAct(dominique, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(bellerive.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        assertThat(check.mayAct(dominique, bellerive.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();

        // A mediator whose profile names no district has no counter yet.
        long other = residents.signIn("demo", "other-mediator", "Noé").id();
        Actors.resident(other, Role.MEDIATOR);
        assertRefused(() -> verifications.verifyInPerson(camille, IdentityDocument.PASSPORT),
                "verification.error.noCounterTerritory");
    }

    @Test
    void a_verification_expires_after_the_configured_time_and_staff_may_revoke_it_earlier() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        List<String> letters = codes.generate(valbrume.id(), 2).codes();
        Actors.resident(camille);
        codes.redeem(letters.get(0));
        Actors.resident(dominique);
        codes.redeem(letters.get(1));

        clock.advance(Duration.ofDays(729));
        assertThat(check.mayAct(camille, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
        clock.advance(Duration.ofDays(2));
        assertThat(check.mayAct(camille, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();
        clock.advance(Duration.ofDays(-731));

        Actors.resident(admin, Role.ADMINISTRATOR);
        VerifiedResident dominiques = verifications.verifiedIn(valbrume.id()).stream()
                .filter(row -> row.residentId() == dominique).findFirst().orElseThrow();
        for (Runnable someone : List.<Runnable>of(Actors::visitor, () -> Actors.resident(dominique),
                () -> Actors.resident(moderator, Role.MODERATOR))) {
            someone.run();
            assertThatThrownBy(() -> verifications.revoke(dominiques.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> verifications.verifiedIn(valbrume.id())).isInstanceOf(AccessDeniedException.class);
        }
        // A mediator of another commune's counter may neither list nor revoke Valbrume's verifications.
        long elsewhere = residents.signIn("demo", "noe", "Noé").id();
        Actors.resident(elsewhere, Role.MEDIATOR);
        residents.updateMyProfile(new ProfileForm("Noé", null, bellerive.districts().getFirst().id(), "fr"));
        assertThatThrownBy(() -> verifications.revoke(dominiques.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verifications.verifiedIn(valbrume.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(verifications.verifiedIn(bellerive.id())).isEmpty();

        Actors.resident(mediator, Role.MEDIATOR);
        verifications.revoke(dominiques.id());
        assertThat(lastAudit().action()).isEqualTo("RESIDENCY_REVOKED");
        assertThat(lastAudit().targetId()).isEqualTo(dominique);
        assertRefused(() -> verifications.revoke(dominiques.id()), "verification.error.alreadyRevoked");
        assertThat(check.mayAct(dominique, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();
        Actors.resident(admin, Role.ADMINISTRATOR);
        assertThat(verifications.verifiedIn(valbrume.id())).extracting(VerifiedResident::residentId).containsExactly(camille);
        Actors.resident(dominique);
        assertThat(verifications.myVerifications()).isEmpty();
    }

    private List<Runnable> everyoneButAdministrators() {
        return List.of(Actors::visitor, () -> Actors.resident(camille), () -> Actors.resident(moderator, Role.MODERATOR),
                () -> Actors.resident(mediator, Role.MEDIATOR), () -> Actors.resident(camille, Role.FACILITATOR));
    }

    private AuditEntry lastAudit() {
        return audit.newestFirst(0, 1).getFirst();
    }

    private static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
