package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.ui.Notifications;

/**
 * Shares the page: the phone's own share sheet where the browser has one, else a copy of the link to the
 * clipboard; where neither works (an old browser, a page not served over HTTPS), the link shows in a read-only
 * field, selected, to copy by hand.
 */
class ShareLink extends Div {

    private static final String SHARE = """
            const url = window.location.href;
            if (navigator.share) {
              try { await navigator.share({title: $0, url: url}); return 'shared'; }
              catch (e) { if (e && e.name === 'AbortError') { return 'cancelled'; } }
            }
            if (navigator.clipboard && window.isSecureContext) {
              try { await navigator.clipboard.writeText(url); return 'copied'; } catch (e) { }
            }
            return 'failed:' + url;
            """;

    private final TextField link = new TextField();

    ShareLink(String title) {
        addClassName("sc-share");
        Button share = new Button(getTranslation("idea.share"), VaadinIcon.SHARE.create());
        share.setId("share-idea");
        share.addThemeVariants(ButtonVariant.TERTIARY);
        link.setId("share-link");
        link.setLabel(getTranslation("idea.shareLink"));
        link.setReadOnly(true);
        link.setVisible(false);
        link.setWidthFull();
        share.addClickListener(click -> getElement().executeJs("return (async () => {" + SHARE + "})()", title)
                .then(String.class, result -> {
                    if ("copied".equals(result)) {
                        Notifications.success(getTranslation("idea.shareCopied"));
                    } else if (result != null && result.startsWith("failed:")) {
                        link.setValue(result.substring("failed:".length()));
                        link.setVisible(true);
                        link.focus();
                        link.getElement().executeJs("setTimeout(() => this.inputElement && this.inputElement.select(), 0)");
                    }
                }));
        add(share, link);
    }
}
