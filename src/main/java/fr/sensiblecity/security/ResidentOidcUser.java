package fr.sensiblecity.security;

import fr.sensiblecity.residents.ResidentPrincipal;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A resident signed in through an OpenID Connect provider. */
class ResidentOidcUser extends DefaultOidcUser implements ResidentPrincipal {

    private final long residentId;

    ResidentOidcUser(long residentId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.residentId = residentId;
    }

    @Override
    public long residentId() {
        return residentId;
    }

    @Override
    public String getName() {
        return "resident-" + residentId;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResidentOidcUser that && that.residentId == residentId && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(residentId);
    }
}
