package fr.sensiblecity.thresholds;

import fr.sensiblecity.base.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Only administrators read and change the platform's thresholds on their page; every module reads the values. */
@Component("thresholdPermissions")
public class ThresholdPermissions {

    public boolean canChange(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }
}
