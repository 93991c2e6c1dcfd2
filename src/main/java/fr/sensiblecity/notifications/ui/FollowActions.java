package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.ui.DetailActions;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.residents.CurrentResident;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds the follow button to a project's page, a panel's page and an idea's page. Not to its author's: authors are told about their own idea
 * anyway, so a button there would promise a choice they do not have.
 */
@org.springframework.stereotype.Component
class FollowActions implements DetailActions {

    private final FollowService follows;
    private final IdeaService ideas;
    private final CurrentResident current;
    private final AuthenticationContext authentication;

    FollowActions(FollowService follows, IdeaService ideas, CurrentResident current,
            AuthenticationContext authentication) {
        this.follows = follows;
        this.ideas = ideas;
        this.current = current;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> actionsFor(String targetType, long targetId) {
        if (TargetType.PROJECT.name().equals(targetType) || TargetType.PANEL.name().equals(targetType)) {
            return Optional.of(new FollowButton(follows, authentication, TargetType.valueOf(targetType), targetId));
        }
        if (!TargetType.IDEA.name().equals(targetType)) {
            return Optional.empty();
        }
        // An idea's page also says how many follow it, to its author too.
        Span count = new Span();
        count.setId("follower-count");
        count.addClassName("sc-followers");
        showFollowers(count, targetId);
        Long me = current.id().orElse(null);
        var idea = ideas.findIdea(targetId);
        // A hidden idea is followed by nobody new: its page offers no "Follow" (nor to its author, as before).
        if (idea.state() == IdeaState.HIDDEN || me != null && Objects.equals(me, idea.authorId())) {
            return Optional.of(count);
        }
        FollowButton button = new FollowButton(follows, authentication, TargetType.IDEA, targetId);
        // Runs after the button's own listener, which followed or unfollowed.
        button.addClickListener(click -> showFollowers(count, targetId));
        Div both = new Div(button, count);
        both.addClassName("sc-follow");
        return Optional.of(both);
    }

    private void showFollowers(Span count, long ideaId) {
        long followers = follows.followerCount(TargetType.IDEA, ideaId);
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.FRENCH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        count.setText(count.getTranslation("follow.count", java.text.NumberFormat.getIntegerInstance(locale)
                .format(followers), followers));
    }
}
