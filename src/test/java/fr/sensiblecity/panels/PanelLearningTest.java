package fr.sensiblecity.panels;

import static fr.sensiblecity.panels.PanelServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The learning phase: the evidence library and members' requests for experts, role by role. */
@MariaDbTest
class PanelLearningTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    EvidenceService evidence;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    long fanny;
    long member;
    long outsider;
    long panel;
    TerritorySummary commune;

    /** A panel of one, drawn and accepted by its only volunteer, now learning. */
    @BeforeEach
    void aPanelInItsLearningPhase() {
        database.wipe();
        fanny = fixtures.resident("fanny");
        member = fixtures.resident("camille");
        outsider = fixtures.resident("dominique");
        commune = fixtures.commune();
        panel = fixtures.recruitingPanel(commune, 2, fanny);
        Actors.resident(member);
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        Actors.resident(fixtures.resident("eliott"));
        volunteering.volunteer(panel, PanelFixtures.features("male", "Les Hameaux"), true);
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "seed");
        Actors.resident(member);
        seats.acceptSeat(panel);
        Actors.resident(fanny, Role.FACILITATOR);
        panels.advance(panel, PanelPhase.LEARNING);
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void facilitators_add_links_and_documents_that_everyone_reads() {
        Actors.resident(fanny, Role.FACILITATOR);
        evidence.addLink(panel, "Étude de mobilité 2025", "https://example.org/etude", EvidenceSource.EXPERT,
                "Cerema");
        long document = evidence.addDocument(panel, "Position des commerçants", "position.pdf", PDF,
                EvidenceSource.STAKEHOLDER, "Union des commerçants");

        Actors.visitor();
        List<EvidenceItem> library = evidence.library(panel);
        assertThat(library).extracting(EvidenceItem::title).containsExactly("Étude de mobilité 2025",
                "Position des commerçants");
        assertThat(library.get(1).source()).isEqualTo(EvidenceSource.STAKEHOLDER);
        assertThat(library.get(1).sizeBytes()).isEqualTo(PDF.length);
        assertThat(evidence.document(document)).get().satisfies(stored -> {
            assertThat(stored.contentType()).isEqualTo("application/pdf");
            assertThat(stored.content()).isEqualTo(PDF);
        });
    }

    @Test
    void documents_of_another_type_or_too_large_are_refused_and_nothing_is_stored() {
        Actors.resident(fanny, Role.FACILITATOR);
        assertRefused(() -> evidence.addDocument(panel, "Script", "run.exe", new byte[] {'M', 'Z'},
                EvidenceSource.EXPERT, "X"), "panel.error.evidenceType");
        assertRefused(() -> evidence.addDocument(panel, "Faux PDF", "faux.pdf", "<html>".getBytes(StandardCharsets.UTF_8),
                EvidenceSource.EXPERT, "X"), "panel.error.evidenceType");
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertRefused(() -> evidence.addDocument(panel, "Énorme", "enorme.pdf", huge, EvidenceSource.EXPERT, "X"),
                "panel.error.evidenceSize");
        assertRefused(() -> evidence.addLink(panel, "Lien", "javascript:alert(1)", EvidenceSource.EXPERT, "X"),
                "panel.error.evidenceUrl");
        assertThat(evidence.library(panel)).isEmpty();
    }

    @Test
    void only_facilitators_and_administrators_add_evidence() {
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(member),
                () -> Actors.resident(outsider, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> evidence.addLink(panel, "Lien", "https://example.org", EvidenceSource.EXPERT, "X"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(outsider, Role.ADMINISTRATOR);
        evidence.addLink(panel, "Lien", "https://example.org", EvidenceSource.FACILITATION, "Équipe");
        assertThat(evidence.library(panel)).hasSize(1);
    }

    @Test
    void members_ask_for_experts_and_only_facilitators_read_the_requests() {
        Actors.resident(member);
        evidence.requestExpert(panel, "Qui peut nous expliquer le plan de circulation ?");
        assertThatThrownBy(() -> evidence.expertRequests(panel)).isInstanceOf(AccessDeniedException.class);
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(outsider),
                () -> Actors.resident(outsider, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> evidence.requestExpert(panel, "Une question assez longue ?"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(evidence.expertRequests(panel)).singleElement().satisfies(request -> {
            assertThat(request.question()).isEqualTo("Qui peut nous expliquer le plan de circulation ?");
            assertThat(request.askedBy()).isEqualTo("camille");
        });
    }

    @Test
    void volunteering_is_for_residents_during_recruitment_only() {
        Actors.visitor();
        assertThatThrownBy(() -> volunteering.volunteer(panel, PanelFixtures.features("male", "Le Bourg"), true))
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(outsider);
        assertRefused(() -> volunteering.volunteer(panel, PanelFixtures.features("male", "Le Bourg"), true),
                "panel.error.notRecruiting");
        Actors.resident(member);
        assertRefused(() -> volunteering.withdraw(panel), "panel.error.tooLateToWithdraw");
    }

    @Test
    void staff_remove_an_item_and_its_stored_content_and_the_audit_trail_says_who() {
        Actors.resident(fanny, Role.FACILITATOR);
        long document = evidence.addDocument(panel, "Position des commerçants", "position.pdf", PDF,
                EvidenceSource.STAKEHOLDER, "Union des commerçants");
        long link = evidence.addLink(panel, "Étude de mobilité", "https://example.org/etude", EvidenceSource.EXPERT,
                "Cerema");

        evidence.removeEvidence(panel, document);

        assertThat(evidence.library(panel)).extracting(EvidenceItem::id).containsExactly(link);
        assertThat(evidence.document(document)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from panel_evidence_content where evidence_id = ?",
                Integer.class, document)).isZero();
        assertThat(audit.newestFirst(0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PANEL_EVIDENCE_REMOVED");
            assertThat(entry.actorId()).isEqualTo(fanny);
            assertThat(entry.targetId()).isEqualTo(panel);
            assertThat(entry.reason()).contains("Position des commerçants");
        });
        assertThat(audit.verify()).isTrue();

        Actors.resident(outsider, Role.ADMINISTRATOR);
        evidence.removeEvidence(panel, link);
        assertThat(evidence.library(panel)).isEmpty();
    }

    @Test
    void only_facilitators_and_administrators_remove_evidence_and_only_from_its_own_panel() {
        Actors.resident(fanny, Role.FACILITATOR);
        long link = evidence.addLink(panel, "Lien", "https://example.org", EvidenceSource.EXPERT, "X");
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(member),
                () -> Actors.resident(outsider, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> evidence.removeEvidence(panel, link)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(fanny, Role.FACILITATOR);
        assertRefused(() -> evidence.removeEvidence(panel + 1000, link), "panel.error.evidenceNotFound");
        assertThat(evidence.library(panel)).extracting(EvidenceItem::id).containsExactly(link);
        assertThat(audit.newestFirst(0, 1)).extracting(AuditEntry::action).doesNotContain("PANEL_EVIDENCE_REMOVED");
    }

    @Test
    void a_crafted_document_name_is_stored_and_served_without_quotes_line_breaks_or_path() {
        Actors.resident(fanny, Role.FACILITATOR);
        long quoted = evidence.addDocument(panel, "Piège", "evil.html\"; x=\".pdf", PDF, EvidenceSource.EXPERT, "X");
        long broken = evidence.addDocument(panel, "Saut de ligne", "rapport\r\nSet-Cookie: a=b.pdf", PDF,
                EvidenceSource.EXPERT, "X");
        long pathed = evidence.addDocument(panel, "Chemin", "..\\..\\Windows\\note.pdf", PDF,
                EvidenceSource.EXPERT, "X");

        assertThat(evidence.document(quoted)).get().extracting(EvidenceService.Document::fileName)
                .isEqualTo("evil.html x=.pdf");
        assertThat(evidence.document(broken)).get().extracting(EvidenceService.Document::fileName)
                .isEqualTo("rapportSet-Cookie: a=b.pdf");
        assertThat(evidence.document(pathed)).get().extracting(EvidenceService.Document::fileName)
                .isEqualTo("note.pdf");
        assertThat(evidence.library(panel)).extracting(EvidenceItem::fileName)
                .containsExactly("evil.html x=.pdf", "rapportSet-Cookie: a=b.pdf", "note.pdf");
    }

    @Test
    void a_name_stored_before_names_were_cleaned_is_served_cleaned_with_an_accepted_type() {
        Actors.resident(fanny, Role.FACILITATOR);
        long document = evidence.addDocument(panel, "Ancien", "ancien.pdf", PDF, EvidenceSource.EXPERT, "X");
        jdbc.update("update panel_evidence set file_name = ?, content_type = ? where id = ?",
                "evil.html\"\r\n.pdf", "text/html", document);

        assertThat(evidence.document(document)).get().satisfies(served -> {
            assertThat(served.fileName()).isEqualTo("evil.html.pdf");
            assertThat(served.contentType()).isEqualTo("application/octet-stream");
        });
    }

    @Test
    void evidence_is_added_once_drawn_while_learning_and_deliberating_and_by_staff_only() {
        long recruiting = fixtures.recruitingPanel(commune, 2, fanny);
        for (Runnable staff : List.<Runnable>of(() -> Actors.resident(fanny, Role.FACILITATOR),
                () -> Actors.resident(outsider, Role.ADMINISTRATOR))) {
            staff.run();
            assertRefused(() -> evidence.addLink(recruiting, "Trop tôt", "https://example.org", EvidenceSource.EXPERT,
                    "X"), "panel.error.evidencePhase");
            assertRefused(() -> evidence.addDocument(recruiting, "Trop tôt", "tot.pdf", PDF, EvidenceSource.EXPERT,
                    "X"), "panel.error.evidencePhase");
        }
        assertThat(evidence.library(recruiting)).isEmpty();

        Actors.resident(fanny, Role.FACILITATOR);
        evidence.addLink(panel, "Pendant l'apprentissage", "https://example.org/a", EvidenceSource.EXPERT, "X");
        panels.advance(panel, PanelPhase.DELIBERATING);
        Actors.resident(outsider, Role.ADMINISTRATOR);
        long answer = evidence.addDocument(panel, "Réponse d'expert", "reponse.pdf", PDF, EvidenceSource.EXPERT, "X");
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(member),
                () -> Actors.resident(outsider, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> evidence.addLink(panel, "Lien", "https://example.org", EvidenceSource.EXPERT, "X"))
                    .isInstanceOf(AccessDeniedException.class);
        }

        Actors.resident(fanny, Role.FACILITATOR);
        panels.advance(panel, PanelPhase.CONSULTATION);
        for (Runnable staff : List.<Runnable>of(() -> Actors.resident(fanny, Role.FACILITATOR),
                () -> Actors.resident(outsider, Role.ADMINISTRATOR))) {
            staff.run();
            assertRefused(() -> evidence.addLink(panel, "Trop tard", "https://example.org", EvidenceSource.EXPERT,
                    "X"), "panel.error.evidencePhase");
        }
        assertThat(evidence.library(panel)).hasSize(2);
        evidence.removeEvidence(panel, answer);
        assertThat(evidence.library(panel)).extracting(EvidenceItem::title).containsExactly("Pendant l'apprentissage");
    }
}
