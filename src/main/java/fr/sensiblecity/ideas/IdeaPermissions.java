package fr.sensiblecity.ideas;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with ideas: everyone reads; residents post, support and comment; authors edit and withdraw
 * their own; moderators (and administrators) moderate and answer.
 */
@Component("ideaPermissions")
public class IdeaPermissions {

    public boolean canPost(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canSupport(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    /** A mediator at a counter records the support a person signed on a paper form. */
    public boolean canRecordOnPaper(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    public boolean canComment(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean isAuthor(@Nullable Authentication authentication, @Nullable Long authorId) {
        return ResidentPrincipal.isResident(authentication) && authorId != null
                && Objects.equals(((ResidentPrincipal) authentication.getPrincipal()).residentId(), authorId);
    }

    public boolean canModerate(@Nullable Authentication authentication) {
        return Role.MODERATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }

    public boolean canReadAudit(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }
}
