package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.SignedInPerson;

/** The front door: what the platform is for, and a greeting for the signed-in resident. */
@Route("")
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(SignedInPerson person) {
        addClassName("sc-page");
        add(new H1(getTranslation("home.title")));
        person.displayName().ifPresent(name -> {
            Paragraph greeting = new Paragraph(getTranslation("home.greeting", name));
            greeting.setId("greeting");
            add(greeting);
        });
        add(new Paragraph(getTranslation("home.intro")));
        Anchor ideas = new Anchor("ideas", getTranslation("home.browseIdeas"));
        ideas.addClassName("sc-button-link");
        ideas.setId("browse-ideas");
        add(ideas);
        add(new H2(getTranslation("home.how.title")));
        add(new UnorderedList(
                new ListItem(getTranslation("home.how.ideas")),
                new ListItem(getTranslation("home.how.panels")),
                new ListItem(getTranslation("home.how.projects"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
