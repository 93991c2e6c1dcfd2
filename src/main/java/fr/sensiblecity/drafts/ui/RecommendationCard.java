package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.Answer;
import fr.sensiblecity.drafts.Choice;
import fr.sensiblecity.drafts.Implementation;
import fr.sensiblecity.drafts.RecommendationDetails;
import fr.sensiblecity.drafts.RecommendationService;
import fr.sensiblecity.drafts.RecommendationState;
import java.util.Locale;

/** One recommendation on the results page: text, vote (secret until closed), result, and the authority's answer. */
class RecommendationCard extends Div {

    private final RecommendationService recommendations;
    private final Runnable changed;
    private final Paragraph turnout = new Paragraph();

    RecommendationCard(RecommendationService recommendations, RecommendationDetails shown, boolean votes,
            boolean facilitates, boolean deliberating, Runnable changed) {
        this.recommendations = recommendations;
        this.changed = changed;
        addClassName("sc-section");
        setId("recommendation-" + shown.position());
        Span state = new Span(getTranslation(shown.state().labelKey()));
        state.addClassName("sc-badge");
        add(new H3(getTranslation("drafts.results.number", shown.position())), state, DraftTexts.plain(shown.body()));
        if (shown.tally() != null && shown.adopted() != null) {
            Paragraph result = new Paragraph(getTranslation(shown.adopted() ? "drafts.results.adopted"
                    : "drafts.results.notAdopted", DraftTexts.tally(this, shown.tally())));
            result.addClassName(shown.adopted() ? "sc-adopted" : "sc-not-adopted");
            result.setId("result-" + shown.position());
            add(result);
        } else if (shown.state() == RecommendationState.VOTING) {
            turnout.setText(getTranslation("drafts.turnout", shown.turnout()));
            add(turnout);
            if (shown.votedByMe()) {
                add(new Paragraph(getTranslation("drafts.votedSecret")));
            } else if (votes) {
                HorizontalLayout choices = new HorizontalLayout();
                for (Choice choice : Choice.values()) {
                    Button button = new Button(getTranslation("drafts.voteAs", getTranslation(choice.labelKey())),
                            click -> act(() -> ReceiptDialog.open(recommendations.voteRecommendation(shown.id(), choice)),
                                    "drafts.voted"));
                    button.setId("vote-" + shown.position() + "-" + choice.name().toLowerCase(Locale.ROOT));
                    choices.add(button);
                }
                add(new Paragraph(getTranslation("drafts.voteFinal")), choices);
            }
        }
        if (facilitates && deliberating && shown.state() == RecommendationState.PROPOSED) {
            Button open = new Button(getTranslation("drafts.openVote"),
                    click -> act(() -> recommendations.openRecommendationVote(shown.id()), "drafts.voteOpened"));
            open.setId("open-recommendation-vote-" + shown.position());
            add(open);
        }
        if (facilitates && shown.state() == RecommendationState.VOTING) {
            Button close = new Button(getTranslation("drafts.closeVote"),
                    click -> act(() -> recommendations.closeRecommendationVote(shown.id()), "drafts.voteClosed"));
            close.setId("close-recommendation-vote-" + shown.position());
            add(close);
        }
        if (shown.answer() != null) {
            Div answer = new Div(new H3(getTranslation("drafts.results.answer", getTranslation(shown.answer().labelKey()))),
                    DraftTexts.plain(shown.answerReasons() == null ? "" : shown.answerReasons()),
                    new Paragraph(getTranslation("drafts.results.implementation",
                            getTranslation(shown.implementation() == null ? Implementation.NOT_STARTED.labelKey()
                                    : shown.implementation().labelKey()))));
            answer.addClassName("sc-answer");
            answer.setId("answer-" + shown.position());
            add(answer);
        }
        if (facilitates && shown.state() == RecommendationState.CLOSED) {
            add(answerForm(shown));
        }
    }

    void showTurnout(int ballots) {
        turnout.setText(getTranslation("drafts.turnout", ballots));
    }

    private Details answerForm(RecommendationDetails shown) {
        Select<Answer> answer = new Select<>();
        answer.setLabel(getTranslation("drafts.results.answerLabel"));
        answer.setItems(Answer.values());
        answer.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        answer.setValue(shown.answer() == null ? Answer.ACCEPTED : shown.answer());
        answer.setId("answer-choice-" + shown.position());
        TextArea reasons = new TextArea(getTranslation("drafts.results.reasons"));
        reasons.setWidthFull();
        reasons.setMaxLength(5000);
        reasons.setValue(shown.answerReasons() == null ? "" : shown.answerReasons());
        reasons.setId("answer-reasons-" + shown.position());
        Select<Implementation> status = new Select<>();
        status.setLabel(getTranslation("drafts.results.implementationLabel"));
        status.setItems(Implementation.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setValue(shown.implementation() == null ? Implementation.NOT_STARTED : shown.implementation());
        status.setId("answer-status-" + shown.position());
        reasons.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("drafts.results.saveAnswer"), click -> act(() ->
                recommendations.answerRecommendation(shown.id(), answer.getValue(), reasons.getValue(), status.getValue()),
                "drafts.results.answered"));
        save.setId("save-answer-" + shown.position());
        Details details = new Details(getTranslation(shown.answer() == null ? "drafts.results.recordAnswer"
                : "drafts.results.updateAnswer"));
        VerticalLayout form = new VerticalLayout(answer, reasons, status, save);
        form.setPadding(false);
        details.add(form);
        return details;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            changed.run();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }
}
