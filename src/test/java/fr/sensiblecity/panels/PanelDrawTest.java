package fr.sensiblecity.panels;

import static fr.sensiblecity.panels.PanelServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class PanelDrawTest {

    static final String ANNOUNCEMENT = "Les numéros du Loto du 12 décembre 2026";

    @Autowired
    EventsDelivered delivered;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    PanelRoster roster;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    AuditTrail audit;

    @Autowired
    VolunteerRepository volunteerRepository;

    @Autowired
    NotificationService notifications;

    TerritorySummary commune;
    long fanny;
    long panel;
    List<Long> volunteers = new ArrayList<>();

    /** Eight volunteers: 6 women and 2 men, 4 in each district; a panel of 4 needs at least one of each. */
    @BeforeEach
    void aRecruitingPanelWithEightVolunteers() {
        database.wipe();
        commune = fixtures.commune();
        fanny = fixtures.resident("fanny");
        panel = fixtures.recruitingPanel(commune, 4, fanny);
        volunteers.clear();
        String[][] people = {{"female", "Le Bourg"}, {"female", "Le Bourg"}, {"female", "Le Bourg"},
            {"male", "Le Bourg"}, {"female", "Les Hameaux"}, {"female", "Les Hameaux"}, {"female", "Les Hameaux"},
            {"male", "Les Hameaux"}};
        for (int i = 0; i < people.length; i++) {
            long resident = fixtures.resident("volunteer" + i);
            Actors.resident(resident);
            volunteering.volunteer(panel, PanelFixtures.features(people[i][0], people[i][1]), true);
            volunteers.add(resident);
        }
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_draw_publishes_probabilities_summing_to_k_then_meets_every_quota_and_checks_out() {
        Actors.resident(fanny, Role.FACILITATOR);
        PublishedDraw published = draws.publishLottery(panel, ANNOUNCEMENT);
        assertThat(published.ticketHash()).hasSize(64);
        assertThat(published.drawn()).isFalse();
        double sum = published.probabilities().lines().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[1])).sum();
        assertThat(sum).isCloseTo(4, within(1e-3));
        // Both men are needed more than any woman: the fairest lottery cannot give everyone 1/2, but nobody is left out.
        assertThat(published.minimumProbability()).isGreaterThan(0.3);
        assertThat(published.fairMinimumProbability()).as("the fair distribution's lowest, published too")
                .isCloseTo(published.minimumProbability(), within(1.0 / 1000 + 1e-9));
        assertThat(published.largestLoss()).isLessThanOrEqualTo(1.0 / 1000 + 1e-9);
        assertThat(published.lostMoreThanOneTicket()).isFalse();

        assertEveryTicketMeetsEveryQuota(published, panels.findPanel(panel).quotas());
        assertRefused(() -> panels.editPanel(panel, fixtures.form(commune, 4)), "panel.error.lotteryPublished");
        Actors.resident(volunteers.getFirst());
        assertRefused(() -> volunteering.withdraw(panel), "panel.error.poolFrozen");
        Actors.resident(fixtures.resident("latecomer"));
        assertRefused(() -> volunteering.volunteer(panel, PanelFixtures.features("male", "Le Bourg"), true),
                "panel.error.poolFrozen");
        Actors.resident(fanny, Role.FACILITATOR);

        PublishedDraw drawn = draws.draw(panel, "7 12 23 31 44");
        assertThat(drawn.selected()).hasSize(4);
        assertThat(drawn.reserves()).hasSize(1).doesNotContainAnyElementsOf(drawn.selected());
        Map<String, Map<String, Integer>> composition = seats.composition(panel);
        assertThat(composition.get("gender").get("male")).isBetween(1, 3);
        assertThat(composition.get("gender").get("female")).isBetween(1, 3);
        assertThat(composition.get("district").values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
        assertThat(panels.findPanel(panel).phase()).isEqualTo(PanelPhase.DRAWN);
        assertThat(audit.newestFirst(0, 1).getFirst().action()).isEqualTo("PANEL_DRAW");

        Actors.visitor();
        DrawCheck check = draws.verify(panel).getFirst();
        assertThat(check.allMatch()).isTrue();
        assertThat(check.selectionMatches()).isTrue();
        assertThat(check.recomputedSelection()).isEqualTo(drawn.selected());
        List<String> someoneElse = new ArrayList<>(drawn.selected());
        someoneElse.set(0, drawn.reserves().getFirst());
        assertThat(DrawService.check(new PublishedDraw(panel, 0, 4, 8, ANNOUNCEMENT, published.ticketHash(),
                published.tickets(), published.probabilities(), 0, drawn.publishedAt(), drawn.seed(), 0,
                someoneElse, List.of(), null, null, null)).allMatch()).as("a selection the seed does not give").isFalse();
        assertThat(DrawService.check(new PublishedDraw(panel, 0, 4, 8, ANNOUNCEMENT, published.ticketHash(),
                published.tickets().replace("ticket 0 ", "ticket 0  "), published.probabilities(), 0,
                drawn.publishedAt(), null, null, List.of(), List.of(), null, null, null)).hashMatches())
                .as("a ticket list changed after publication").isFalse();
    }

    @Test
    void the_same_published_lottery_and_seed_always_give_the_same_panel() {
        Actors.resident(fanny, Role.FACILITATOR);
        PublishedDraw published = draws.publishLottery(panel, ANNOUNCEMENT);
        List<String> first = draws.draw(panel, "seed 2026").selected();
        for (int i = 0; i < 3; i++) {
            assertThat(fr.sensiblecity.panels.sortition.Sortition.draw(PublishedLottery.parse(published.tickets()),
                    "seed 2026").selectedIds()).isEqualTo(first);
        }
        assertRefused(() -> draws.draw(panel, "another seed"), "panel.error.nothingPublished");
    }

    @Test
    void only_facilitators_and_administrators_publish_and_draw() {
        long camille = fixtures.resident("camille");
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(camille, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> draws.publishLottery(panel, ANNOUNCEMENT)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> draws.draw(panel, "seed")).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(camille, Role.ADMINISTRATOR);
        draws.publishLottery(panel, ANNOUNCEMENT);
        Actors.resident(fanny, Role.FACILITATOR);
        draws.draw(panel, "seed");
    }

    @Test
    void only_staff_see_the_seats_and_record_paper_answers_and_only_the_person_drawn_answers_an_offer() {
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, ANNOUNCEMENT);
        draws.draw(panel, "seed");
        long seatId = seats.seats(panel).getFirst().seatId();
        long camille = fixtures.resident("camille");
        for (Runnable notAllowed : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille),
                () -> Actors.resident(camille, Role.MODERATOR))) {
            notAllowed.run();
            assertThatThrownBy(() -> seats.seats(panel)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> seats.recordAnswer(seatId, true)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.visitor();
        assertThatThrownBy(() -> seats.acceptSeat(panel)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(camille, Role.ADMINISTRATOR);
        assertRefused(() -> seats.recordAnswer(seatId, true), "panel.error.answerOwnSeat");
        assertRefused(() -> seats.acceptSeat(panel), "panel.error.noSeat");
        assertThat(seats.seats(panel)).hasSize(5);
    }

    @Test
    void a_resident_sees_only_their_own_declared_features() {
        Actors.resident(volunteers.getFirst());
        assertThat(volunteering.myDeclaration(panel)).get().extracting(PoolEntry::features)
                .isEqualTo(PanelFixtures.features("female", "Le Bourg"));
        assertThatThrownBy(() -> volunteering.pool(panel)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(volunteers.getFirst(), Role.MODERATOR);
        assertThatThrownBy(() -> volunteering.pool(panel)).isInstanceOf(AccessDeniedException.class);
        Actors.visitor();
        assertThat(volunteering.myDeclaration(panel)).isEmpty();
        assertThatThrownBy(() -> volunteering.pool(panel)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(volunteering.pool(panel)).hasSize(8);
    }

    @Test
    void a_profile_fewer_than_five_volunteers_share_is_published_without_its_features_and_the_draw_still_checks_out() {
        Actors.resident(fanny, Role.FACILITATOR);
        PublishedDraw published = draws.publishLottery(panel, ANNOUNCEMENT);
        // Three women and one man in each district: the district is hidden first (six women then share a label),
        // then the two men's gender as well.
        assertThat(published.tickets()).contains("profile 0 district=*;gender=female\n")
                .doesNotContain("gender=male", "Le Bourg", "Les Hameaux");
        assertThat(published.profilesWithHiddenFeatures()).isEqualTo(4);
        draws.draw(panel, "7 12 23 31 44");

        Actors.visitor();
        assertThat(draws.verify(panel).getFirst().allMatch()).as("the draw checks out from the published list").isTrue();
        Actors.resident(volunteers.get(3));
        assertThat(volunteering.myDeclaration(panel).orElseThrow().features())
                .as("each volunteer still sees their own profile").containsEntry("gender", "male");
    }

    @Test
    void infeasible_quotas_name_the_smallest_relaxation_and_draw_nothing() {
        Actors.resident(fanny, Role.FACILITATOR);
        PanelForm form = fixtures.form(commune, 4);
        List<QuotaLine> quotas = new ArrayList<>(form.quotas());
        quotas.set(1, new QuotaLine("gender", "male", 3, 3));
        quotas.set(0, new QuotaLine("gender", "female", 1, 1));
        panels.editPanel(panel, new PanelForm(form.question(), form.authority(), form.territoryId(), 4, 1, null, null,
                quotas, form.sessions()));
        assertRefused(() -> draws.publishLottery(panel, ANNOUNCEMENT), RelaxationNeeded.MESSAGE_KEY);
        assertThat(draws.rounds(panel)).isEmpty();
        var relaxation = fr.sensiblecity.panels.sortition.Sortition.relaxation(
                PanelPools.of(panels.load(panel), volunteeredPool()), 4);
        assertThat(PanelPools.describe(relaxation.changes())).contains("gender=male: min 3 → 2");
    }

    /**
     * Whatever the seed, the panel drawn is one of the published tickets: each must meet every quota. The published
     * list may hide rare profiles' features, so each profile's features are those of its members as they declared them.
     */
    void assertEveryTicketMeetsEveryQuota(PublishedDraw published, List<QuotaLine> quotas) {
        var lottery = PublishedLottery.parse(published.tickets());
        var profiles = lottery.distribution().profiles();
        Map<String, Map<String, String>> declared = new java.util.HashMap<>();
        volunteering.pool(panel).forEach(entry -> declared.put(entry.poolId(), entry.features()));
        assertThat(lottery.tickets()).hasSize(1000).allSatisfy(ticket -> {
            for (QuotaLine quota : quotas) {
                int count = 0;
                for (int p = 0; p < profiles.size(); p++) {
                    String member = profiles.get(p).memberIds().getFirst();
                    count += quota.feature().equals(declared.get(member).get(quota.category())) ? ticket.count(p) : 0;
                }
                assertThat(count).as(quota.toString()).isBetween(quota.min(), quota.max());
            }
        });
    }

    private List<Volunteer> volunteeredPool() {
        return volunteerRepository.findByPanelIdOrderById(panel);
    }

    @Test
    void residents_drawn_are_told_accept_their_seat_and_become_members_and_decliners_are_replaced() {
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, ANNOUNCEMENT);
        draws.draw(panel, "seed");
        delivered.await();
        List<Long> offered = volunteers.stream().filter(resident -> {
            Actors.resident(resident);
            return seats.mySeat(panel).filter(seat -> seat.status() == SeatStatus.OFFERED).isPresent();
        }).toList();
        assertThat(offered).hasSize(4);
        Actors.resident(offered.getFirst());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        seats.acceptSeat(panel);
        assertRefused(() -> seats.declineSeat(panel), "panel.error.seatAnswered");
        for (long other : offered.subList(1, 4)) {
            Actors.resident(other);
            seats.acceptSeat(panel);
        }
        Actors.clear();
        assertThat(roster.membersOf(panel)).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(roster.isMember(panel, offered.getFirst())).isTrue();
        List<Long> others = volunteers.stream().filter(resident -> !offered.contains(resident)).toList();
        assertThat(others).noneMatch(resident -> roster.isMember(panel, resident));
        for (long other : others) {
            Actors.resident(other);
            boolean reserve = seats.mySeat(panel).isPresent();
            assertRefused(() -> seats.acceptSeat(panel), reserve ? "panel.error.reserveWaiting" : "panel.error.noSeat");
        }
    }

    @Test
    void a_declined_seat_is_filled_by_a_replacement_round_that_keeps_the_quotas() {
        // Three more of each profile, so that whoever declines has someone like them left in the pool.
        for (String gender : List.of("female", "male")) {
            for (String district : List.of("Le Bourg", "Les Hameaux")) {
                for (int i = 0; i < 3; i++) {
                    long resident = fixtures.resident(gender + district + i);
                    volunteers.add(resident);
                    Actors.resident(resident);
                    volunteering.volunteer(panel, PanelFixtures.features(gender, district), true);
                }
            }
        }
        Actors.resident(fanny, Role.FACILITATOR);
        draws.publishLottery(panel, ANNOUNCEMENT);
        draws.draw(panel, "seed");
        List<Long> offered = new ArrayList<>();
        for (long resident : volunteers) {
            Actors.resident(resident);
            if (seats.mySeat(panel).filter(seat -> seat.status() == SeatStatus.OFFERED).isPresent()) {
                offered.add(resident);
            }
        }
        Actors.resident(offered.getFirst());
        seats.declineSeat(panel);
        for (long other : offered.subList(1, 4)) {
            Actors.resident(other);
            seats.acceptSeat(panel);
        }
        Actors.resident(fanny, Role.FACILITATOR);
        PublishedDraw round = draws.publishLottery(panel, "Le tirage du 15 janvier");
        assertThat(round.round()).isEqualTo(1);
        assertThat(round.seats()).isEqualTo(1);
        PublishedDraw replacement = draws.draw(panel, "seed 2");
        assertThat(replacement.selected()).hasSize(1);
        Map<String, Map<String, Integer>> composition = seats.composition(panel);
        assertThat(composition.get("gender").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(composition.get("gender").values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
        assertThat(composition.get("district").values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
        assertThat(draws.verify(panel)).allMatch(DrawCheck::allMatch);
    }
}
