package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a page sends the person it signs out, when the home page is not the right place: after erasing one's
 * account, a page that says it is done. Kept on the UI, which outlives the request that signs out (Vaadin finishes
 * signing out in a later request when the page talks over a WebSocket).
 */
public final class SignOutTarget {

    private static final String KEY = SignOutTarget.class.getName();

    private SignOutTarget() {
    }

    /** The next sign-out of this page lands on {@code path} (relative to the application, e.g. "account-erased"). */
    public static void set(UI ui, String path) {
        ComponentUtil.setData(ui, KEY, path);
    }

    public static Optional<String> of(@Nullable UI ui) {
        return ui == null ? Optional.empty()
                : Optional.ofNullable(ComponentUtil.getData(ui, KEY)).map(String.class::cast);
    }
}
