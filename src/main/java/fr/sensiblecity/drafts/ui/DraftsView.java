package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.drafts.DraftPermissions;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.DraftSummary;
import org.springframework.security.core.context.SecurityContextHolder;

/** The policy drafts the reader may open: published ones for everyone, working ones for their participants. */
@Route("drafts")
@AnonymousAllowed
class DraftsView extends VerticalLayout implements HasDynamicTitle {

    DraftsView(DraftService drafts, DraftPermissions permissions) {
        addClassName("sc-page");
        add(new H1(getTranslation("drafts.title")));
        Paragraph intro = new Paragraph(getTranslation("drafts.intro"));
        add(intro);
        if (permissions.canFacilitate(SecurityContextHolder.getContext().getAuthentication())) {
            Anchor open = new Anchor("drafts/new", getTranslation("drafts.new.title"));
            open.addClassName("sc-button-link");
            open.setId("new-draft");
            add(open);
        }
        UnorderedList list = new UnorderedList();
        list.setId("drafts-list");
        for (DraftSummary draft : drafts.listDrafts()) {
            Span phase = new Span(getTranslation(draft.phase().labelKey()));
            phase.addClassName("sc-badge");
            Span kind = new Span(draft.panelId() == null ? getTranslation("drafts.openProcess")
                    : getTranslation("drafts.panelNumber", draft.panelId()));
            kind.addClassName("sc-meta");
            list.add(new ListItem(new Anchor("drafts/" + draft.id(), draft.title()), new Span(" "), phase, new Span(" "),
                    kind));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("drafts.none")));
        } else {
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title") + " | " + getTranslation("app.name");
    }
}
