package fr.sensiblecity.security;

import fr.sensiblecity.residents.ResidentPrincipal;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A resident signed in with a demo account. */
class DemoResidentUser extends User implements ResidentPrincipal {

    private final long residentId;

    DemoResidentUser(long residentId, String username, String password,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, password, authorities);
        this.residentId = residentId;
    }

    @Override
    public long residentId() {
        return residentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoResidentUser that && that.residentId == residentId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(residentId);
    }
}
