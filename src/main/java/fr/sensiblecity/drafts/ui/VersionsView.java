package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.drafts.DiffSegment;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftHistory;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.SectionVersion;
import fr.sensiblecity.drafts.WordDiff;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Compares any two versions, word by word: of one section, or of the whole draft (revision 0 is the first text,
 * each accepted amendment makes the next revision). Opens on the first text against the latest.
 */
@Route("drafts/:" + DraftSubPage.DRAFT_ID + "/versions")
@AnonymousAllowed
class VersionsView extends DraftSubPage {

    private static final long WHOLE_DRAFT = 0;

    private final Select<Long> scope = new Select<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div comparison = new Div();
    private DraftHistory history = new DraftHistory(List.of());

    VersionsView(DraftService drafts) {
        super(drafts, "drafts.versions.title");
        scope.setLabel(getTranslation("drafts.versions.scope"));
        scope.setId("compare-scope");
        from.setLabel(getTranslation("drafts.versions.from"));
        from.setId("compare-from");
        to.setLabel(getTranslation("drafts.versions.to"));
        to.setId("compare-to");
        comparison.setId("comparison");
        comparison.setWidthFull();
        scope.addValueChangeListener(change -> choices());
        from.addValueChangeListener(change -> compare());
        to.addValueChangeListener(change -> compare());
    }

    @Override
    void show(DraftDetails shown) {
        history = new DraftHistory(drafts.versions(shown.id()));
        List<Long> scopes = new java.util.ArrayList<>(List.of(WHOLE_DRAFT));
        shown.sections().forEach(section -> scopes.add(section.id()));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(id -> id == WHOLE_DRAFT ? getTranslation("drafts.versions.whole")
                : shown.sections().stream().filter(section -> section.id() == id).findFirst()
                        .map(DraftDetails.SectionText::title).orElse(""));
        HorizontalLayout pickers = new HorizontalLayout(scope, from, to);
        pickers.setWrap(true);
        add(pickers, DraftTexts.legend(this), comparison);
        scope.setValue(WHOLE_DRAFT);
    }

    private void choices() {
        Long chosen = scope.getValue();
        if (chosen == null) {
            return;
        }
        List<Integer> numbers = chosen == WHOLE_DRAFT ? IntStream.rangeClosed(0, history.latest()).boxed().toList()
                : history.versionsOf(chosen).stream().map(SectionVersion::number).toList();
        String key = chosen == WHOLE_DRAFT ? "drafts.versions.revision" : "drafts.versions.version";
        for (Select<Integer> picker : List.of(from, to)) {
            picker.setItems(numbers);
            picker.setItemLabelGenerator(number -> getTranslation(key, number));
        }
        from.setValue(numbers.getFirst());
        to.setValue(numbers.getLast());
    }

    private void compare() {
        comparison.removeAll();
        Long chosen = scope.getValue();
        Integer older = from.getValue();
        Integer newer = to.getValue();
        if (chosen == null || older == null || newer == null) {
            return;
        }
        if (chosen != WHOLE_DRAFT) {
            comparison.add(DraftTexts.diff(this, WordDiff.compare(text(history.versionsOf(chosen), older),
                    text(history.versionsOf(chosen), newer))));
            return;
        }
        Map<Long, SectionVersion> before = history.at(older);
        Map<Long, SectionVersion> after = history.at(newer);
        for (DraftDetails.SectionText section : draft == null ? List.<DraftDetails.SectionText>of() : draft.sections()) {
            SectionVersion a = before.get(section.id());
            SectionVersion b = after.get(section.id());
            if (a == null || b == null) {
                continue;
            }
            List<DiffSegment> segments = WordDiff.compare(a.text(), b.text());
            comparison.add(new H2(getTranslation("drafts.versions.sectionHeading", section.title(), a.number(), b.number())),
                    WordDiff.changed(segments) ? DraftTexts.diff(this, segments) : DraftTexts.plain(b.text()));
        }
    }

    private static String text(List<SectionVersion> versions, int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst().map(SectionVersion::text)
                .orElse("");
    }
}
