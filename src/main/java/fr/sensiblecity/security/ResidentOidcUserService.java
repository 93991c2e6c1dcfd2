package fr.sensiblecity.security;

import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Turns a provider's verified identity into a resident: the first sign-in creates them. */
@Component
class ResidentOidcUserService extends OidcUserService {

    private final ResidentService residents;

    ResidentOidcUserService(ResidentService residents) {
        this.residents = residents;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        ResidentAccount account = residents.signIn(issuer, user.getSubject(), suggestedName(user));
        return new ResidentOidcUser(account.id(), Authorities.of(account.roles()), user.getIdToken(), user.getUserInfo());
    }

    /** A nickname or username first: a public name should not be a legal name unless the resident wants it. */
    private static String suggestedName(OidcUser user) {
        for (String claim : new String[] {"nickname", "preferred_username", "given_name", "name"}) {
            Object value = user.getClaims().get(claim);
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
