package fr.sensiblecity.residents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where erasing one's account ends, signed out: it is done, what stayed, and that signing in again starts afresh.
 * It shows nothing about the account (there is none left), so anyone may open it.
 */
@Route(AccountErasedView.ROUTE)
@AnonymousAllowed
class AccountErasedView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "account-erased";

    AccountErasedView() {
        addClassName("sc-page");
        Paragraph done = new Paragraph(getTranslation("accountErased.done"));
        done.setId("account-erased");
        done.addClassName("sc-notice");
        Anchor home = new Anchor("", getTranslation("accountErased.home"));
        home.setId("account-erased-home");
        add(new H1(getTranslation("accountErased.title")), done, new Paragraph(getTranslation("accountErased.stays")),
                new Paragraph(getTranslation("accountErased.again")), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accountErased.title") + " | " + getTranslation("app.name");
    }
}
