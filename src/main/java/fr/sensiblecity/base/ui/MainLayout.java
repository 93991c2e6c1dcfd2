package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.sensiblecity.base.LanguagePreferenceStore;
import fr.sensiblecity.base.SignedInPerson;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.List;

/**
 * The frame around every page: title, navigation, language switch, the signed-in person, and the header widgets
 * that feature modules contribute (such as the notifications bell).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final Main main = new Main();
    private final Div frame = new Div();

    MainLayout(List<MenuEntry> entries, AccessAnnotationChecker access, AuthenticationContext authentication,
            SignedInPerson person, LanguagePreferenceStore languages, List<HeaderWidget> widgets) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));

        Anchor title = new Anchor("", getTranslation("app.name"));
        title.addClassName("sc-brand");

        HorizontalLayout account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("sc-account");
        account.add(new LanguageSwitch(languages));
        widgets.forEach(widget -> widget.create().ifPresent(account::add));
        if (authentication.isAuthenticated()) {
            Span name = new Span(person.displayName().orElse(""));
            name.addClassName("sc-user-name");
            name.setId("current-user-name");
            // On a phone the button shows only its icon; the words stay for screen readers, as its name.
            Span signOutLabel = new Span(getTranslation("layout.signOut"));
            signOutLabel.addClassName("sc-header-label");
            Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            signOut.getElement().appendChild(signOutLabel.getElement());
            signOut.setId("sign-out");
            signOut.addClassName("sc-sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            account.add(name, signOut);
        } else {
            Anchor signIn = new Anchor("login", getTranslation("layout.signIn"));
            signIn.setId("sign-in");
            signIn.addClassName("sc-sign-in");
            account.add(signIn);
        }
        Header header = new Header(title, account);
        header.addClassName("sc-header");
        addToNavbar(toggle, header);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        entries.stream()
                .filter(entry -> mayOpen(access, entry))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()),
                        RouteConfiguration.forSessionScope().getUrl(entry.view()), entry.icon().create())));
        addToDrawer(nav);

        // The footer follows every page's content rather than sitting in the drawer, which is a closed overlay
        // on narrow screens: the legal links must be on the page itself at every width.
        Footer footer = new Footer(new Span(getTranslation("layout.footer")), legalLinks());
        footer.addClassName("sc-footer");
        main.addClassName("sc-main");
        frame.addClassName("sc-frame");
        frame.add(main, footer);
        setContent(frame);
    }

    /** Puts the page in the main landmark, before the footer; a full-height page fills the screen above it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        frame.setClassName("sc-frame-full", content instanceof HasSize sized && "100%".equals(sized.getHeight()));
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The pages a French public body must link from every page; the legal module provides them. */
    private Nav legalLinks() {
        Nav legal = new Nav();
        legal.setAriaLabel(getTranslation("layout.legal"));
        legal.addClassName("sc-legal-links");
        for (String[] link : new String[][] {{"accessibility", "legal.a11y.title"}, {"legal-notice", "legal.notice.title"},
                {"privacy", "legal.privacy.title"}}) {
            Anchor anchor = new Anchor(link[0], getTranslation(link[1]));
            anchor.setId("footer-" + link[0]);
            legal.add(anchor);
        }
        return legal;
    }

    /** Decides from the security context itself, which is what the services check too. */
    private static boolean mayOpen(AccessAnnotationChecker access, MenuEntry entry) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<String> authorities = signedIn
                ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())
                : Set.of();
        return access.hasAccess(entry.view(), signedIn ? authentication : null,
                role -> authorities.contains("ROLE_" + role));
    }
}
