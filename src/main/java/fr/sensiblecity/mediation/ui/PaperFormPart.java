package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.DraftSummary;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.mediation.PaperIdentity;
import fr.sensiblecity.mediation.PaperParticipation;
import fr.sensiblecity.mediation.PaperReceipt;
import fr.sensiblecity.panels.CensusWords;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.verification.IdentityDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The part of the paper form that depends on what the form carries: an idea, a panel's categories, a comment. */
abstract class PaperFormPart extends VerticalLayout {

    /** Ideas a mediator can pick among for one search of the support form. */
    private static final int CANDIDATES = 200;

    PaperFormPart(String headingKey) {
        setPadding(false);
        add(new H2(getTranslation(headingKey)));
    }

    abstract boolean complete();

    abstract PaperReceipt record(PaperParticipation paper, String form, PaperIdentity identity, IdentityDocument shown);

    abstract void clear();

    static void width(HasSize field) {
        field.setWidth("24rem");
        field.setMaxWidth("100%");
    }

    /** The ideas of the counter's territory that still gather supports, found by words of their title. */
    static PaperFormPart support(IdeaService ideas, @Nullable Long territoryId) {
        ComboBox<IdeaCard> idea = new ComboBox<>();
        return new PaperFormPart("paper.support") {
            {
                idea.setLabel(getTranslation("paper.idea"));
                idea.setItemLabelGenerator(card -> "n° " + card.id() + " – " + card.title());
                // Filtered before paging, not after: a page thinned by the filter would tell the box the list had
                // ended. The newest matches are enough at a counter; words of the title find older ones.
                idea.setItems(query -> territoryId == null ? Stream.empty()
                        : ideas.browse(new IdeaQuery(query.getFilter().filter(text -> !text.isBlank()).orElse(null),
                                null, territoryId, null, null, IdeaSort.NEWEST), 0, CANDIDATES)
                                .stream().filter(card -> card.state().acceptsSupport())
                                .skip(query.getOffset()).limit(query.getLimit()));
                idea.setId("paper-idea");
                width(idea);
                add(idea);
            }

            boolean complete() {
                return idea.getValue() != null;
            }

            PaperReceipt record(PaperParticipation paper, String form, PaperIdentity identity, IdentityDocument shown) {
                return paper.recordSupport(form, identity, shown, idea.getValue().id());
            }

            void clear() {
                idea.clear();
            }
        };
    }

    /** The recruiting panels of the territory, and one choice per category of the chosen panel. */
    static PaperFormPart volunteer(PanelService panels, @Nullable Long territoryId) {
        Select<PanelDetails> panel = new Select<>();
        VerticalLayout categories = new VerticalLayout();
        Map<String, Select<String>> choices = new LinkedHashMap<>();
        return new PaperFormPart("paper.volunteer") {
            {
                panel.setLabel(getTranslation("paper.panel"));
                panel.setItems(panels.listPanels(false).stream().filter(p -> Objects.equals(p.territoryId(), territoryId))
                        .filter(p -> p.phase() == PanelPhase.RECRUITING).toList());
                panel.setItemLabelGenerator(PanelDetails::question);
                panel.setId("paper-panel");
                width(panel);
                categories.setPadding(false);
                panel.addValueChangeListener(change -> showCategories(change.getValue()));
                add(panel, categories);
            }

            private void showCategories(@Nullable PanelDetails chosen) {
                categories.removeAll();
                choices.clear();
                if (chosen == null) {
                    return;
                }
                chosen.categories().forEach((category, features) -> {
                    Select<String> choice = new Select<>();
                    choice.setLabel(label(category));
                    choice.setItems(features);
                    choice.setItemLabelGenerator(feature -> feature == null ? "" : label(feature));
                    choice.setId("paper-category-" + choices.size());
                    width(choice);
                    choices.put(category, choice);
                    categories.add(choice);
                });
            }

            private String label(String word) {
                return CensusWords.labelKey(word).map(this::getTranslation).orElse(word);
            }

            boolean complete() {
                return panel.getValue() != null && choices.values().stream().allMatch(choice -> choice.getValue() != null);
            }

            PaperReceipt record(PaperParticipation paper, String form, PaperIdentity identity, IdentityDocument shown) {
                Map<String, String> declared = new LinkedHashMap<>();
                choices.forEach((category, choice) -> declared.put(category, choice.getValue()));
                return paper.recordVolunteering(form, identity, shown, panel.getValue().id(), declared);
            }

            void clear() {
                panel.clear();
            }
        };
    }

    /** The consultations of the territory's panels, a section of the chosen one, and the comment as written. */
    static PaperFormPart comment(DraftService drafts, PanelService panels, @Nullable Long territoryId) {
        Select<DraftSummary> draft = new Select<>();
        Select<DraftDetails.SectionText> section = new Select<>();
        TextArea text = new TextArea();
        return new PaperFormPart("paper.comment") {
            {
                Set<Long> territoryPanels = panels.listPanels(false).stream()
                        .filter(p -> Objects.equals(p.territoryId(), territoryId)).map(PanelDetails::id)
                        .collect(Collectors.toSet());
                draft.setLabel(getTranslation("paper.draft"));
                draft.setItems(drafts.listDrafts().stream().filter(d -> d.phase() == DraftPhase.CONSULTATION)
                        .filter(d -> d.panelId() != null && territoryPanels.contains(d.panelId())).toList());
                draft.setItemLabelGenerator(DraftSummary::title);
                draft.setId("paper-draft");
                section.setLabel(getTranslation("paper.section"));
                section.setItemLabelGenerator(DraftDetails.SectionText::title);
                section.setId("paper-section");
                draft.addValueChangeListener(change -> section.setItems(change.getValue() == null ? List.of()
                        : drafts.findDraft(change.getValue().id()).sections()));
                text.setLabel(getTranslation("paper.text"));
                text.setMaxLength(2000);
                text.setId("paper-text");
                List.<HasSize>of(draft, section, text).forEach(PaperFormPart::width);
                add(draft, section, text);
            }

            boolean complete() {
                return draft.getValue() != null && section.getValue() != null;
            }

            PaperReceipt record(PaperParticipation paper, String form, PaperIdentity identity, IdentityDocument shown) {
                return paper.recordComment(form, identity, shown, draft.getValue().id(), section.getValue().id(),
                        text.getValue());
            }

            void clear() {
                draft.clear();
                text.clear();
            }
        };
    }
}
