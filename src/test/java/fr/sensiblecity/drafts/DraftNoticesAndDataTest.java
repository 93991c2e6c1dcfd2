package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.base.PersonalData;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.NotificationItem;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What drafts tell residents, what a resident can download and erase, and the public recommendations dataset. */
@MariaDbTest
class DraftNoticesAndDataTest {

    @Autowired
    EventsDelivered delivered;

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    NotificationService notifications;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    List<OpenDataset> datasets;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long facilitator;
    DraftFixtures.Process process;
    long amendment;
    long recommendation;

    @BeforeEach
    void anAmendmentDecidedAndARecommendationAnswered() {
        database.wipe();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 2);
        Actors.resident(process.member(1));
        amendment = amendments.proposeAmendment(process.mobility(), "Une navette électrique vers la gare.", "Le bruit.");
        Actors.resident(process.member(2));
        amendments.supportAmendment(amendment);
        amendments.commentAmendment(amendment, "Bonne idée.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);
        Actors.resident(process.member(1));
        amendments.voteAmendment(amendment, Choice.FOR);
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.closeAmendmentVote(amendment);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);
        recommendation = recommendations.addRecommendation(process.draft(), "Une navette gratuite le samedi.");
        recommendations.openRecommendationVote(recommendation);
        Actors.resident(process.member(1));
        recommendations.voteRecommendation(recommendation, Choice.FOR);
        Actors.resident(process.member(2));
        recommendations.voteRecommendation(recommendation, Choice.AGAINST);
        Actors.resident(facilitator, Role.FACILITATOR);
        recommendations.closeRecommendationVote(recommendation);
        recommendations.answerRecommendation(recommendation, Answer.REJECTED, "Le budget ne le permet pas.",
                Implementation.ABANDONED);
        delivered.await();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_author_hears_the_amendment_was_decided_and_the_members_hear_the_answer() {
        Actors.resident(process.member(1));
        List<NotificationItem> mine = notifications.myNotifications(10);
        assertThat(mine).extracting(NotificationItem::kind)
                .containsExactlyInAnyOrder(NotificationKind.AMENDMENT_DECIDED, NotificationKind.RECOMMENDATION_ANSWERED);
        assertThat(mine).filteredOn(item -> item.kind() == NotificationKind.AMENDMENT_DECIDED).singleElement()
                .satisfies(item -> {
                    assertThat(item.targetType()).isEqualTo(TargetType.AMENDMENT);
                    assertThat(item.targetId()).isEqualTo(amendment);
                    assertThat(item.targetLabel()).isEqualTo("Mobilité");
                });
        Actors.resident(process.member(2));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.RECOMMENDATION_ANSWERED);
    }

    @Test
    void a_download_says_that_the_resident_voted_but_not_how_and_erasure_keeps_every_count() {
        PersonalData drafts = personalData.stream().filter(part -> part.section().equals("drafts")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> mine = (Map<String, Object>) drafts.export(process.member(2));
        assertThat(mine.get("supportedAmendments")).isEqualTo(List.of(amendment));
        assertThat((List<?>) mine.get("amendmentComments")).hasSize(1);
        assertThat((List<?>) mine.get("votedOn")).singleElement().isInstanceOfSatisfying(DraftPersonalData.Voted.class,
                voted -> assertThat(voted.id()).isEqualTo(recommendation));
        assertThat(mine.toString()).doesNotContain("AGAINST");

        drafts.erase(process.member(2));
        Actors.visitor();
        assertThat(amendments.findAmendment(amendment).supportCount()).isEqualTo(1);
        assertThat(recommendations.recommendationsOf(process.draft()).getFirst().tally())
                .isEqualTo(new Tally(1, 1, 0, 2));
        assertThat(recommendations.verifyBallots(process.draft()).consistent()).isTrue();
        assertThat(amendments.commentsOn(amendment)).singleElement()
                .satisfies(comment -> assertThat(comment.authorName()).isNull());
    }

    @Test
    void the_recommendations_dataset_has_counts_and_answers_and_no_voter() {
        OpenDataset dataset = datasets.stream().filter(each -> each.name().equals("recommendations")).findFirst()
                .orElseThrow();
        List<List<Object>> rows = new ArrayList<>();
        dataset.forEachRow(values -> rows.add(Arrays.asList(values)));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).hasSize(dataset.columns().size());
            assertThat(row.subList(6, 16)).containsExactly("Une navette gratuite le samedi.", "CLOSED", 1, 1, 0, 2, false,
                    "REJECTED", "Le budget ne le permet pas.", "ABANDONED");
            assertThat(row.toString()).doesNotContain("member-");
        });
    }
}
