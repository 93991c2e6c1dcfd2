package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.TargetType;

/** Follows or unfollows an idea, a project or a panel; a visitor who presses it is asked to sign in first, as for supports. */
class FollowButton extends Button {

    private final FollowService follows;
    private final AuthenticationContext authentication;
    private final TargetType type;
    private final long targetId;
    private boolean following;

    FollowButton(FollowService follows, AuthenticationContext authentication, TargetType type, long targetId) {
        this.follows = follows;
        this.authentication = authentication;
        this.type = type;
        this.targetId = targetId;
        setId("follow-button");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(click -> toggle());
        show(follows.isFollowing(type, targetId));
    }

    private void toggle() {
        if (!authentication.isAuthenticated()) {
            getUI().ifPresent(ui -> ui.navigate("login"));
            return;
        }
        try {
            if (following) {
                follows.unfollow(type, targetId);
            } else {
                follows.follow(type, targetId);
            }
            show(!following);
            Notifications.success(getTranslation(key(following ? "followed" : "unfollowed")));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void show(boolean nowFollowing) {
        following = nowFollowing;
        setText(getTranslation(key(following ? "unfollow" : "follow")));
        setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
    }

    /** Ideas keep their original keys; projects and panels have their own sentences. */
    private String key(String what) {
        return switch (type) {
            case PROJECT -> "follow.project.";
            case PANEL -> "follow.panel.";
            default -> "follow.";
        } + what;
    }
}
