package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.sensiblecity.ideas.ChainHead;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.ideas.TrailCheck;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The idea's support-chain head and when it was computed, which anyone may note down, and a public "Check" that
 * replays the whole chain from the stored supports, as the panel draw page re-runs a draw.
 */
class SupportChainSection extends VerticalLayout {

    private final SupportService supports;
    private final long ideaId;
    private final Paragraph head = new Paragraph();
    private final Paragraph result = new Paragraph();

    SupportChainSection(SupportService supports, long ideaId) {
        this.supports = supports;
        this.ideaId = ideaId;
        setPadding(false);
        setId("support-chain");
        head.setId("support-chain-head");
        head.addClassName("sc-meta");
        head.getStyle().set("overflow-wrap", "anywhere");
        result.setId("support-chain-result");
        // Announced by screen readers when a check finishes.
        result.getElement().setAttribute("aria-live", "polite");
        result.getStyle().set("overflow-wrap", "anywhere");
        Button check = new Button(getTranslation("idea.chain.check"), click -> check());
        check.setId("support-chain-check");
        add(new H2(getTranslation("idea.chain.title")), new Paragraph(getTranslation("idea.chain.intro")), head, check,
                result);
        showHead(supports.chainHead(ideaId));
    }

    private void showHead(ChainHead chain) {
        head.removeAll();
        if (chain.computedAt() == null) {
            head.setText(getTranslation("idea.chain.empty"));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        head.add(getTranslation("idea.chain.head", NumberFormat.getIntegerInstance(getLocale()).format(chain.length()),
                dates.format(chain.computedAt()), chain.length()) + " ");
        head.add(new Code(chain.head()));
    }

    private void check() {
        TrailCheck checked = supports.checkTrail(ideaId);
        showHead(supports.chainHead(ideaId));
        result.setText(getTranslation(checked.consistent() ? "idea.chain.intact" : "idea.chain.broken",
                checked.replayedSupports(), checked.shownSupports(), checked.storedSupports(), checked.head()));
        result.setClassName("sc-notice");
    }
}
