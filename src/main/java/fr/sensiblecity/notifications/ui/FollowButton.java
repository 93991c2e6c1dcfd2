package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.notifications.FollowService;

/** Follows or unfollows an idea; a visitor who presses it is asked to sign in first, as for supports. */
class FollowButton extends Button {

    private final FollowService follows;
    private final AuthenticationContext authentication;
    private final long ideaId;
    private boolean following;

    FollowButton(FollowService follows, AuthenticationContext authentication, long ideaId) {
        this.follows = follows;
        this.authentication = authentication;
        this.ideaId = ideaId;
        setId("follow-button");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(click -> toggle());
        show(follows.isFollowingIdea(ideaId));
    }

    private void toggle() {
        if (!authentication.isAuthenticated()) {
            getUI().ifPresent(ui -> ui.navigate("login"));
            return;
        }
        try {
            if (following) {
                follows.unfollowIdea(ideaId);
            } else {
                follows.followIdea(ideaId);
            }
            show(!following);
            Notifications.success(getTranslation(following ? "follow.followed" : "follow.unfollowed"));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void show(boolean nowFollowing) {
        following = nowFollowing;
        setText(getTranslation(following ? "follow.unfollow" : "follow.follow"));
        setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
    }
}
