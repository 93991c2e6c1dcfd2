package fr.sensiblecity.moderation;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who reports (anyone signed in) and who decides (moderators and administrators). */
@Component
public class ModerationPermissions {

    public boolean canReport(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canModerate(@Nullable Authentication authentication) {
        return Role.MODERATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }
}
