package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.Participant;
import fr.sensiblecity.drafts.ThematicGroup;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * The facilitator's set-up of a draft: its sections and, for an open process, thematic groups, which groups write
 * which sections, and the participants with their organisations. A panel's participants are its members.
 */
@Route("drafts/:" + DraftSubPage.DRAFT_ID + "/setup")
@RolesAllowed({"FACILITATOR", "ADMINISTRATOR"})
class SetupView extends DraftSubPage {

    SetupView(DraftService drafts) {
        super(drafts, "drafts.setup.title");
    }

    @Override
    void show(DraftDetails shown) {
        List<ThematicGroup> groups = drafts.groups(shown.id());
        add(new H2(getTranslation("drafts.setup.sections")));
        for (DraftDetails.SectionText section : shown.sections()) {
            Div item = new Div(new H3(section.position() + ". " + section.title()));
            item.addClassName("sc-section");
            if (shown.openProcess() && !groups.isEmpty()) {
                item.add(sectionGroups(section, groups));
            }
            add(item);
        }
        if (shown.phase() == DraftPhase.WRITING) {
            add(newSection(shown.id()));
        }
        if (shown.openProcess()) {
            add(new H2(getTranslation("drafts.setup.groups")), groupList(groups), newGroup(shown.id()));
        }
        add(new H2(getTranslation("drafts.setup.participants")), participantList(shown.id(), shown.openProcess()));
        if (shown.openProcess()) {
            add(newParticipant(shown.id(), groups));
        } else {
            add(new Paragraph(getTranslation("drafts.setup.panelMembers")));
        }
    }

    private HorizontalLayout sectionGroups(DraftDetails.SectionText section, List<ThematicGroup> groups) {
        CheckboxGroup<ThematicGroup> chosen = new CheckboxGroup<>(getTranslation("drafts.setup.sectionGroups"));
        chosen.setItems(groups);
        chosen.setItemLabelGenerator(ThematicGroup::name);
        chosen.setValue(Set.copyOf(groups.stream().filter(group -> section.groups().contains(group.name())).toList()));
        chosen.setId("section-groups-" + section.position());
        Button save = new Button(getTranslation("drafts.setup.save"), click -> act(() -> drafts.assignSectionGroups(
                section.id(), chosen.getValue().stream().map(ThematicGroup::id).toList())));
        save.setId("save-section-groups-" + section.position());
        HorizontalLayout row = new HorizontalLayout(chosen, save);
        row.setAlignItems(Alignment.END);
        return row;
    }

    private Div newSection(long draftId) {
        TextField title = new TextField(getTranslation("drafts.setup.sectionTitle"));
        title.setMaxLength(160);
        title.setId("new-section-title");
        TextArea text = new TextArea(getTranslation("drafts.setup.sectionText"));
        text.setMaxLength(8000);
        text.setWidthFull();
        text.setId("new-section-text");
        title.setRequiredIndicatorVisible(true);
        text.setRequiredIndicatorVisible(true);
        Button add = new Button(getTranslation("drafts.setup.addSection"),
                click -> act(() -> drafts.addSection(draftId, title.getValue(), text.getValue())));
        add.setId("add-section");
        return new Div(new H3(getTranslation("drafts.setup.newSection")), title, text, add);
    }

    private UnorderedList groupList(List<ThematicGroup> groups) {
        UnorderedList list = new UnorderedList();
        groups.forEach(group -> list.add(new ListItem(group.name())));
        return list;
    }

    private HorizontalLayout newGroup(long draftId) {
        TextField name = new TextField(getTranslation("drafts.setup.groupName"));
        name.setMaxLength(120);
        name.setId("new-group-name");
        name.setRequiredIndicatorVisible(true);
        Button add = new Button(getTranslation("drafts.setup.addGroup"), click -> act(() -> drafts.addGroup(draftId,
                name.getValue())));
        add.setId("add-group");
        HorizontalLayout row = new HorizontalLayout(name, add);
        row.setAlignItems(Alignment.END);
        return row;
    }

    private UnorderedList participantList(long draftId, boolean openProcess) {
        UnorderedList list = new UnorderedList();
        list.setId("participants");
        for (Participant participant : drafts.participants(draftId)) {
            String line = participant.organisation() == null ? participant.name()
                    : getTranslation("drafts.setup.participantLine", participant.name(), participant.organisation(),
                            participant.group() == null ? getTranslation("drafts.setup.noGroup") : participant.group());
            ListItem item = new ListItem(line);
            if (openProcess) {
                Button remove = new Button(getTranslation("drafts.setup.remove"),
                        click -> act(() -> drafts.removeParticipant(draftId, participant.residentId())));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                remove.setAriaLabel(getTranslation("drafts.setup.removeNamed", participant.name()));
                remove.setId("remove-participant-" + participant.residentId());
                item.add(new Span(" "), remove);
            }
            list.add(item);
        }
        return list;
    }

    private HorizontalLayout newParticipant(long draftId, List<ThematicGroup> groups) {
        ComboBox<Participant> resident = new ComboBox<>(getTranslation("drafts.setup.resident"));
        resident.setItems(query -> drafts.findResidents(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        resident.setItemLabelGenerator(Participant::name);
        resident.setId("participant-resident");
        TextField organisation = new TextField(getTranslation("drafts.setup.organisation"));
        organisation.setMaxLength(160);
        organisation.setId("participant-organisation");
        resident.setRequiredIndicatorVisible(true);
        organisation.setRequiredIndicatorVisible(true);
        Select<ThematicGroup> group = new Select<>();
        group.setLabel(getTranslation("drafts.setup.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(each -> each == null ? getTranslation("drafts.setup.noGroup") : each.name());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("drafts.setup.noGroup"));
        group.setId("participant-group");
        Button assign = new Button(getTranslation("drafts.setup.assign"), click -> {
            Participant chosen = resident.getValue();
            if (chosen == null) {
                Notifications.error(getTranslation("drafts.setup.chooseResident"));
                return;
            }
            act(() -> drafts.assignParticipant(draftId, chosen.residentId(), organisation.getValue(),
                    group.getValue() == null ? null : group.getValue().id()));
        });
        assign.setId("assign-participant");
        HorizontalLayout row = new HorizontalLayout(resident, organisation, group, assign);
        row.setAlignItems(Alignment.END);
        row.setWrap(true);
        return row;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("drafts.setup.saved"));
            getUI().ifPresent(ui -> ui.navigate("drafts/" + (draft == null ? "" : draft.id() + "/setup")));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }
}
