package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.SignedInPerson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** "Also here: …": who else has this draft open, kept current through Push. Visitors are counted, not named. */
class Presence extends Paragraph {

    private final DraftBroadcaster broadcaster;
    private final long draftId;
    private final String me;
    private @Nullable Registration registration;
    private @Nullable Registration watching;

    Presence(DraftBroadcaster broadcaster, SignedInPerson person, long draftId) {
        this.broadcaster = broadcaster;
        this.draftId = draftId;
        this.me = person.displayName().orElse("");
        setId("draft-viewers");
        addClassName("sc-meta");
        getElement().setAttribute("aria-live", "polite");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        watching = broadcaster.watchPresence(draftId, () -> attach.getUI().access(this::show));
        registration = broadcaster.enter(draftId, me);
        show();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void show() {
        List<String> others = new ArrayList<>(broadcaster.viewersOf(draftId));
        others.remove(me);
        others.remove("");
        setText(others.isEmpty() ? getTranslation("drafts.presence.alone")
                : getTranslation("drafts.presence.others", String.join(", ", others)));
    }
}
