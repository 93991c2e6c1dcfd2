package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.BallotCheck;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftPermissions;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.RecommendationDetails;
import fr.sensiblecity.drafts.RecommendationService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The public results: the question, each recommendation with its vote's result (once closed) and the authority's
 * answer; members vote here, the facilitator writes and runs the votes, and anyone can have every tally recounted
 * from the ballot chain.
 */
@Route("drafts/:" + DraftSubPage.DRAFT_ID + "/results")
@AnonymousAllowed
class ResultsView extends DraftSubPage {

    private final RecommendationService recommendations;
    private final DraftPermissions permissions;
    private final Div list = new Div();
    private final Paragraph check = new Paragraph();
    private final List<RecommendationCard> cards = new ArrayList<>();
    private List<List<Object>> shownShape = List.of();

    ResultsView(DraftService drafts, RecommendationService recommendations, DraftPermissions permissions,
            DraftBroadcaster broadcaster) {
        super(drafts, "drafts.results.title");
        this.recommendations = recommendations;
        this.permissions = permissions;
        broadcaster.keepLive(this, () -> draft == null ? null : draft.id(), this::refresh);
        list.setId("recommendations");
        list.setWidthFull();
        check.setId("ballot-check");
        check.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    void show(DraftDetails shown) {
        shownShape = List.of();
        Paragraph rule = new Paragraph(getTranslation("drafts.results.rule", shown.authority(),
                DraftTexts.rule(this, shown.recommendationRule())));
        add(rule, new H2(getTranslation("drafts.results.recommendations")), list);
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        if (permissions.canFacilitate(me) && shown.phase() == DraftPhase.DELIBERATION) {
            add(newRecommendation(shown.id()));
        }
        Button verify = new Button(getTranslation("drafts.results.verify"), click -> verify(shown.id()));
        verify.setId("verify-ballots");
        add(new H2(getTranslation("drafts.results.integrity")), new Paragraph(getTranslation("drafts.results.integrityHelp")),
                verify, check);
        add(new ReceiptCheckForm(recommendations, shown.id()));
        refresh();
    }

    private void refresh() {
        if (draft == null) {
            return;
        }
        List<RecommendationDetails> current = recommendations.recommendationsOf(draft.id());
        List<List<Object>> shape = current.stream().map(ResultsView::shape).toList();
        if (shape.equals(shownShape) && cards.size() == current.size()) {
            // Only turnouts moved: update them in place, so a vote button is never replaced under the pointer.
            for (int i = 0; i < current.size(); i++) {
                cards.get(i).showTurnout(current.get(i).turnout());
            }
            return;
        }
        shownShape = shape;
        list.removeAll();
        cards.clear();
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        boolean votes = permissions.canTakePart(me, draft.id());
        boolean facilitates = permissions.canFacilitate(me);
        for (RecommendationDetails recommendation : current) {
            RecommendationCard card = new RecommendationCard(recommendations, recommendation, votes, facilitates,
                    draft.phase() == DraftPhase.DELIBERATION, this::refresh);
            cards.add(card);
            list.add(card);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("drafts.results.none")));
        }
    }

    /** What decides a card's controls: everything but the turnout. */
    private static List<Object> shape(RecommendationDetails recommendation) {
        return Arrays.asList(recommendation.id(), recommendation.state(), recommendation.votedByMe(),
                recommendation.tally(), recommendation.answer(), recommendation.answerReasons(),
                recommendation.implementation());
    }

    private VerticalLayout newRecommendation(long draftId) {
        TextArea text = new TextArea(getTranslation("drafts.results.newText"));
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMaxLength(3000);
        text.setId("recommendation-text");
        Button add = new Button(getTranslation("drafts.results.add"), click -> {
            try {
                recommendations.addRecommendation(draftId, text.getValue());
                text.clear();
                Notifications.success(getTranslation("drafts.results.added"));
                refresh();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        add.setId("add-recommendation");
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("drafts.results.newTitle")), text, add);
        form.setPadding(false);
        return form;
    }

    private void verify(long draftId) {
        BallotCheck result = recommendations.verifyBallots(draftId);
        check.setText(getTranslation(result.consistent() ? "drafts.results.verified" : "drafts.results.broken",
                result.ballots(), result.recounts().size(), result.head().isEmpty() ? "–" : result.head()));
    }
}
