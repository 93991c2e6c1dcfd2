package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.SignedInPerson;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.AmendmentDetails;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftPermissions;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.ProposalFacilitation;
import fr.sensiblecity.drafts.ProposalService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A draft's page: the question, each section's current text with its amendments, and who else is reading.
 * Amendments, supports, comments and votes appear without reloading.
 */
@Route("drafts")
@AnonymousAllowed
class DraftView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DraftService drafts;
    private final AmendmentService amendments;
    private final DraftPermissions permissions;
    private final DraftBroadcaster broadcaster;
    private final SignedInPerson person;
    private final ProposalService proposals;
    private final ProposalFacilitation facilitation;
    private final Div sections = new Div();
    private final Map<Long, SectionBlock> blocks = new HashMap<>();
    private @Nullable DraftDetails draft;
    private @Nullable ProposalsSection proposalsSection;

    DraftView(DraftService drafts, AmendmentService amendments, DraftPermissions permissions,
            DraftBroadcaster broadcaster, SignedInPerson person, ProposalService proposals,
            ProposalFacilitation facilitation) {
        this.drafts = drafts;
        this.amendments = amendments;
        this.permissions = permissions;
        this.broadcaster = broadcaster;
        this.person = person;
        this.proposals = proposals;
        this.facilitation = facilitation;
        broadcaster.keepLive(this, () -> draft == null ? null : draft.id(), this::refresh);
        addClassName("sc-page");
        sections.setId("sections");
        sections.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long draftId) {
        removeAll();
        blocks.clear();
        sections.removeAll();
        DraftDetails shown = drafts.findDraft(draftId);
        draft = shown;
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        Span phase = new Span(getTranslation(shown.phase().labelKey()));
        phase.addClassName("sc-badge");
        phase.setId("draft-phase");
        Paragraph meta = new Paragraph(getTranslation("drafts.meta", shown.authority(), shown.openProcess()
                ? getTranslation("drafts.openProcess") : getTranslation("drafts.panelNumber", shown.panelId()),
                shown.participantCount()));
        meta.addClassName("sc-meta");
        Paragraph rules = new Paragraph(getTranslation("drafts.rules", DraftTexts.rule(this, shown.amendmentRule()),
                DraftTexts.rule(this, shown.recommendationRule())));
        rules.addClassName("sc-meta");
        add(new H1(shown.title()), phase, new Paragraph(shown.question()), meta, rules, links(shown, me),
                new Presence(broadcaster, person, draftId));
        if (permissions.canFacilitate(me) && shown.phase() != DraftPhase.CLOSED) {
            add(phaseButton(shown));
        }
        boolean amendable = shown.phase().amendable();
        for (DraftDetails.SectionText section : shown.sections()) {
            SectionBlock block = new SectionBlock(section, amendable && permissions.canAmend(me, section.id()), amendments);
            blocks.put(section.id(), block);
            sections.add(block);
        }
        add(sections);
        proposalsSection = new ProposalsSection(proposals, facilitation, draftId, shown.phase(),
                permissions.canTakePart(me, draftId), permissions.canFacilitate(me) && permissions.runsDraft(me, draftId));
        add(proposalsSection);
        refresh();
    }

    private Nav links(DraftDetails shown, Authentication me) {
        Nav nav = new Nav();
        nav.addClassName("sc-draft-links");
        nav.getElement().setAttribute("aria-label", getTranslation("drafts.links"));
        nav.add(link("drafts/" + shown.id() + "/versions", "drafts.versions.title", "link-versions"));
        if (shown.phase().published()) {
            nav.add(link("drafts/" + shown.id() + "/consultation", "drafts.consultation.title", "link-consultation"));
        }
        nav.add(link("drafts/" + shown.id() + "/results", "drafts.results.title", "link-results"));
        if (permissions.canFacilitate(me)) {
            nav.add(link("drafts/" + shown.id() + "/setup", "drafts.setup.title", "link-setup"));
        }
        return nav;
    }

    private static Anchor link(String href, String key, String id) {
        Anchor anchor = new Anchor(href, "");
        anchor.setText(anchor.getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    private Button phaseButton(DraftDetails shown) {
        DraftPhase next = DraftPhase.values()[shown.phase().ordinal() + 1];
        Button advance = new Button(getTranslation("drafts.advance." + next.name().toLowerCase(java.util.Locale.ROOT)),
                click -> {
                    try {
                        drafts.advancePhase(shown.id(), next);
                        Notifications.success(getTranslation("drafts.advanced", getTranslation(next.labelKey())));
                        getUI().ifPresent(ui -> ui.navigate("drafts/" + shown.id()));
                    } catch (DomainException refused) {
                        Notifications.refused(refused);
                    }
                });
        advance.setId("advance-phase");
        return advance;
    }

    private void refresh() {
        if (draft == null) {
            return;
        }
        DraftDetails current = drafts.findDraft(draft.id());
        List<AmendmentDetails> all = amendments.amendmentsOf(current.id());
        for (DraftDetails.SectionText section : current.sections()) {
            SectionBlock block = blocks.get(section.id());
            if (block != null) {
                block.show(section, all.stream().filter(amendment -> amendment.sectionId() == section.id()).toList());
            }
        }
        if (proposalsSection != null) {
            proposalsSection.refresh(current.phase());
        }
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? getTranslation("drafts.title") : draft.title()) + " | " + getTranslation("app.name");
    }
}
