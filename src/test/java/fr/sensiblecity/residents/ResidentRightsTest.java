package fr.sensiblecity.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.ContentType;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.support.MariaDbTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's rights: the download holds what every module keeps about them; erasure leaves nothing that
 * identifies them in any table, keeps their public contributions under "former resident", keeps every count
 * and hash chain right, and signs them out everywhere (no role left).
 */
@MariaDbTest
class ResidentRightsTest {

    /** Recognisable strings: found anywhere after erasure, they are a leak. */
    private static final String NAME = "Zoé Quintessence";
    private static final String SUBJECT = "subject-zq-7f3a91";
    private static final String EMAIL = "zoe.quintessence@example.fr";

    @Autowired
    ResidentRights rights;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaService ideas;

    @Autowired
    CommentService comments;

    @Autowired
    SupportService supports;

    @Autowired
    ReportService reports;

    @Autowired
    ContentModerationService moderation;

    @Autowired
    FollowService follows;

    @Autowired
    EmailService emails;

    @Autowired
    TerritoryService territories;

    @Autowired
    AuditTrail audit;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataSearch search;

    @Autowired
    JsonMapper json;

    long zoe;
    long other;
    long herIdea;
    long othersIdea;
    long herComment;

    /** Zoé writes an idea, comments, supports, reports, follows, gives an e-mail and, as moderator, hides something. */
    @BeforeEach
    void zoeTookPartInEverything() {
        database.wipe();
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 400, 2023, true,
                List.of("Le Bourg")));
        Actors.clear();
        long district = commune.districts().getFirst().id();
        long mobility = territories.listThemes().stream().filter(theme -> theme.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        zoe = residents.signIn("https://auth.example.fr", SUBJECT, NAME).id();
        other = residents.signIn("https://auth.example.fr", "someone-else", "Yann Autre").id();
        Actors.system();
        residents.grantRole(zoe, Role.MODERATOR);

        Actors.resident(zoe);
        residents.updateMyProfile(new ProfileForm(NAME, AgeBand.FROM_35_TO_44, district, "fr"));
        herIdea = ideas.submitIdea(new IdeaForm("Un marché de producteurs le samedi", "Réunir les producteurs "
                + "des environs sur la place chaque samedi matin.", mobility, commune.id(), null));
        Actors.resident(other);
        othersIdea = ideas.submitIdea(new IdeaForm("Des bancs sur la place du bourg", "Installer quelques bancs "
                + "à l'ombre pour les anciens et les familles.", mobility, commune.id(), null));
        supports.support(herIdea);
        long othersComment = comments.postComment(herIdea, null, "Bonne idée, et des bancs autour ?").id();

        Actors.resident(zoe, Role.MODERATOR);
        supports.support(othersIdea);
        herComment = comments.postComment(herIdea, othersComment, "Oui, des bancs aussi.").id();
        comments.postComment(othersIdea, null, "Je soutiens, surtout à l'ombre.");
        reports.report(ContentType.COMMENT, othersComment, "Hors sujet");
        follows.follow(TargetType.IDEA, othersIdea);
        emails.saveMyChoices(EMAIL, true, EnumSet.allOf(NotificationKind.class));
        moderation.hide(ContentType.COMMENT, othersComment, "Message déplacé par la modération");
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_download_holds_her_account_ideas_comments_supports_reports_follows_and_email() {
        Actors.resident(zoe, Role.MODERATOR);
        Map<String, Object> data = json.readValue(json.writeValueAsString(rights.myData()), Map.class);

        Map<String, Object> account = (Map<String, Object>) data.get("account");
        assertThat(account.toString()).contains(SUBJECT).contains(NAME).contains("FROM_35_TO_44").contains("MODERATOR");
        Map<String, Object> ideasPart = (Map<String, Object>) data.get("ideas");
        assertThat((List<Map<String, Object>>) ideasPart.get("ideas")).extracting(idea -> idea.get("title"))
                .containsExactly("Un marché de producteurs le samedi");
        assertThat((List<Map<String, Object>>) ideasPart.get("comments")).extracting(comment -> comment.get("body"))
                .containsExactly("Oui, des bancs aussi.", "Je soutiens, surtout à l'ombre.");
        assertThat((List<Map<String, Object>>) ideasPart.get("supports")).extracting(support -> support.get("ideaTitle"))
                .containsExactly("Des bancs sur la place du bourg");
        Map<String, Object> moderationPart = (Map<String, Object>) data.get("moderation");
        assertThat((List<Map<String, Object>>) moderationPart.get("reports")).extracting(report -> report.get("reason"))
                .containsExactly("Hors sujet");
        Map<String, Object> notifications = (Map<String, Object>) data.get("notifications");
        assertThat((List<Map<String, Object>>) notifications.get("follows")).extracting(follow -> follow.get("targetId"))
                .containsExactly((int) othersIdea);
        assertThat(notifications.get("email").toString()).contains(EMAIL);
        assertThat(data.toString()).doesNotContain("Yann Autre").doesNotContain("someone-else");
    }

    @Test
    void erasure_needs_the_confirmation_word_and_changes_nothing_without_it() {
        Actors.resident(zoe, Role.MODERATOR);
        assertThatThrownBy(() -> rights.eraseMyAccount("oui")).isInstanceOf(DomainException.class)
                .hasMessageContaining("myData.error.confirmation");
        assertThat(residents.displayNameOf(zoe)).contains(NAME);
        assertThat(emails.myChoices()).isPresent();
    }

    @Test
    void erasure_leaves_no_personal_data_in_any_table_and_keeps_contributions_counts_and_chains() {
        assertThat(search.tablesContaining(NAME)).as("the search sees her name before").contains("resident.display_name");
        assertThat(search.tablesContaining(EMAIL)).contains("email_subscriber.address");
        assertThat(search.columnsNaming(zoe)).as("the search sees her number before").contains("idea.author_id",
                "idea_comment.author_id", "report.reporter_id", "follow.resident_id", "resident_role.resident_id");
        Actors.resident(zoe, Role.MODERATOR);
        rights.eraseMyAccount(" supprimer ");
        Actors.clear();

        for (String leak : List.of(NAME, SUBJECT, EMAIL)) {
            assertThat(search.tablesContaining(leak)).as("tables still holding %s", leak).isEmpty();
        }
        assertThat(search.columnsNaming(zoe)).as("columns still naming her number outside the trails")
                .isEmpty();
        assertThat(jdbc.queryForMap("select issuer, subject, display_name, age_band, district_id, erased_at "
                + "from resident where id = ?", zoe)).containsEntry("issuer", "erased")
                .containsEntry("subject", "erased-" + zoe).containsEntry("display_name", "")
                .containsEntry("age_band", null).containsEntry("district_id", null)
                .extractingByKey("erased_at").isNotNull();
        assertThat(residents.currentRoles(zoe)).as("no role: every open session of hers is signed out").isEmpty();

        Actors.visitor();
        var idea = ideas.findIdea(herIdea);
        assertThat(idea.authorId()).isNull();
        assertThat(idea.authorName()).isNull();
        assertThat(idea.supportCount()).isEqualTo(1);
        assertThat(ideas.findIdea(othersIdea).supportCount()).as("her support still counts").isEqualTo(1);
        assertThat(supports.checkTrail(othersIdea).consistent()).isTrue();
        assertThat(supports.checkTrail(herIdea).consistent()).isTrue();
        assertThat(comments.discussion(herIdea)).filteredOn(comment -> comment.id() == herComment).singleElement()
                .satisfies(comment -> {
                    assertThat(comment.authorId()).isNull();
                    assertThat(comment.authorName()).isNull();
                    assertThat(comment.body()).isEqualTo("Oui, des bancs aussi.");
                });
        assertThat(jdbc.queryForObject("select count(*) from idea_comment", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class)).as("reports kept, by no one")
                .isEqualTo(1);
        assertThat(audit.verify()).as("audit hash chain still verifies").isTrue();
        assertThat(residents.displayNamesOf(Set.of(zoe, other))).containsOnlyKeys(other);
    }

    @Test
    void signing_in_again_with_the_same_identity_starts_a_new_empty_account() {
        Actors.resident(zoe, Role.MODERATOR);
        rights.eraseMyAccount("DELETE");
        long again = residents.signIn("https://auth.example.fr", SUBJECT, NAME).id();

        assertThat(again).isNotEqualTo(zoe);
        Actors.resident(again);
        assertThat(emails.myChoices()).isEmpty();
        assertThat(follows.isFollowing(TargetType.IDEA, othersIdea)).isFalse();
        assertThat(residents.currentRoles(again)).containsExactly(Role.RESIDENT);
    }
}
