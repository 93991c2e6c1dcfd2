package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.base.live.PresenceBoard;
import fr.sensiblecity.drafts.DraftActivity;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps draft pages live through Vaadin Push, on every instance: committed activity on a draft reaches the pages
 * showing that draft alone, a few times a second at most, and each page re-reads what it shows through the
 * permission checks. Also says who is looking at which draft, across instances ({@link PresenceBoard}).
 */
@Component
class DraftBroadcaster {

    private final LiveSignals signals;
    private final PresenceBoard presence;

    DraftBroadcaster(LiveSignals signals, PresenceBoard presence) {
        this.signals = signals;
        this.presence = presence;
    }

    /**
     * Keeps a page live: while it is attached, committed activity on the draft it shows runs {@code refresh} in the
     * page's UI; when the page moves on to another draft, it follows that one. Vaadin's security strategy gives
     * access() the session's sign-in, so the services see the reader.
     */
    void keepLive(com.vaadin.flow.component.Component page, Supplier<@Nullable Long> shownDraft, Runnable refresh) {
        page.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Following following = new Following(ui, shownDraft, refresh);
            following.follow();
            Registration navigation = ui.addAfterNavigationListener(after -> following.follow());
            page.addDetachListener(detach -> {
                following.stop();
                navigation.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Says that a page shows the draft to this person; the registration leaves. */
    Registration enter(long draftId, String name) {
        return presence.enter(LiveTopic.DRAFT_PRESENCE, draftId, name);
    }

    /** Runs {@code changed} whenever the draft's readers change, until removed. */
    Registration watchPresence(long draftId, Runnable changed) {
        return signals.listen(LiveTopic.DRAFT_PRESENCE, draftId, changed);
    }

    /** The names of those looking at the draft, each once, sorted. */
    List<String> viewersOf(long draftId) {
        return presence.present(LiveTopic.DRAFT_PRESENCE, draftId);
    }

    // A plain listener, inside the publishing transaction: LiveSignals signals after commit.
    @EventListener
    void activity(DraftActivity activity) {
        signals.signal(LiveTopic.DRAFT_ACTIVITY, activity.draftId());
    }

    /** One attached page's subscription, moved when the page shows another draft. */
    private final class Following {

        private final UI ui;
        private final Supplier<@Nullable Long> shownDraft;
        private final Runnable refresh;
        private @Nullable Long draftId;
        private @Nullable Registration listening;

        Following(UI ui, Supplier<@Nullable Long> shownDraft, Runnable refresh) {
            this.ui = ui;
            this.shownDraft = shownDraft;
            this.refresh = refresh;
        }

        void follow() {
            Long shown = shownDraft.get();
            if (listening != null && Objects.equals(shown, draftId)) {
                return;
            }
            stop();
            draftId = shown;
            if (shown != null) {
                listening = signals.listen(LiveTopic.DRAFT_ACTIVITY, shown, () -> ui.access(refresh::run));
            }
        }

        void stop() {
            if (listening != null) {
                listening.remove();
                listening = null;
            }
        }
    }
}
