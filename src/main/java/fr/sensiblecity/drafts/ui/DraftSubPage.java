package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftService;
import org.jspecify.annotations.Nullable;

/**
 * A page about one draft at {@code drafts/ID/...}: reads the draft (through its permission check), titles the page
 * and links back; subclasses show their part.
 */
abstract class DraftSubPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DRAFT_ID = "draftId";

    protected final DraftService drafts;
    private final String titleKey;
    protected @Nullable DraftDetails draft;

    DraftSubPage(DraftService drafts, String titleKey) {
        this.drafts = drafts;
        this.titleKey = titleKey;
        addClassName("sc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = event.getRouteParameters().getLong(DRAFT_ID).orElseThrow(NotFoundException::new);
        removeAll();
        DraftDetails shown = drafts.findDraft(draftId);
        draft = shown;
        Anchor back = new Anchor("drafts/" + draftId, getTranslation("drafts.backToDraft"));
        back.setId("back-to-draft");
        Paragraph question = new Paragraph(shown.question());
        question.addClassName("sc-meta");
        add(back, new H1(getTranslation(titleKey) + " – " + shown.title()), question);
        show(shown);
    }

    abstract void show(DraftDetails shown);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + (draft == null ? "" : " – " + draft.title()) + " | "
                + getTranslation("app.name");
    }
}
