package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.sensiblecity.verification.LetterBatch;

/**
 * The letters of a batch, one per household and per printed page. The codes are in clear only here: the page
 * is the one chance to print them.
 */
class LetterSheet extends Div {

    LetterSheet(LetterBatch batch, Runnable back) {
        setId("letter-sheet");
        H1 title = new H1(getTranslation("letters.title", batch.territoryName()));
        title.addClassName("sc-no-print");
        Button print = new Button(getTranslation("letters.print"),
                click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setId("letters-print");
        Button leave = new Button(getTranslation("letters.back"), click -> back.run());
        leave.setId("letters-back");
        HorizontalLayout actions = new HorizontalLayout(print, leave);
        actions.addClassName("sc-no-print");
        add(title, actions);
        for (String code : batch.codes()) {
            Span shown = new Span(code);
            shown.addClassName("sc-letter-code");
            Section letter = new Section(new H2(getTranslation("letters.heading", batch.territoryName())),
                    new Paragraph(getTranslation("letters.body", batch.territoryName())),
                    new Paragraph(new Span(getTranslation("letters.code") + " "), shown),
                    new Paragraph(getTranslation("letters.privacy")));
            letter.addClassName("sc-letter");
            add(letter);
        }
    }
}
