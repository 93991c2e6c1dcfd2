package fr.sensiblecity.security;

import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.verification.AssertedIdentity;
import fr.sensiblecity.verification.TownHallLists;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a provider's verified identity into a resident: the first sign-in creates them. The name and birth date
 * the provider asserts are matched once against the town hall lists ({@link TownHallLists}); the signed-in
 * principal then keeps only the token's identifiers (issuer, subject, audience, times), not its other claims nor
 * the user-info answer, so that the session holds no legal name or birth date.
 */
@Component
class ResidentOidcUserService extends OidcUserService {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentOidcUserService.class);

    /** The ID token's claims a session keeps: who issued it, for whom, about whom, and when. */
    private static final String[] KEPT_CLAIMS = {IdTokenClaimNames.ISS, IdTokenClaimNames.SUB, IdTokenClaimNames.AUD,
        IdTokenClaimNames.IAT, IdTokenClaimNames.EXP, IdTokenClaimNames.AUTH_TIME};

    private final ResidentService residents;
    private final TownHallLists lists;

    ResidentOidcUserService(ResidentService residents, TownHallLists lists) {
        this.residents = residents;
        this.lists = lists;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        ResidentAccount account = residents.signIn(issuer, user.getSubject(), suggestedName(user));
        AssertedIdentity.fromClaims(user.getClaims()).ifPresent(identity -> matchLists(account.id(), identity));
        return new ResidentOidcUser(account.id(), Authorities.of(account.roles()), identifiersOnly(user.getIdToken()),
                null);
    }

    /** A failure here must not stop the sign-in; the log says which resident, never the identity. */
    private void matchLists(long residentId, AssertedIdentity identity) {
        try {
            lists.matchAtSignIn(residentId, identity);
        } catch (RuntimeException failed) {
            LOG.error("Matching resident {} against the town hall lists failed: {}", residentId,
                    failed.getClass().getName());
        }
    }

    /**
     * The token without its personal claims. Its encoded value carries them all, so it is not kept either: nothing
     * here sends it back to the provider.
     */
    private static OidcIdToken identifiersOnly(OidcIdToken token) {
        Map<String, Object> kept = new HashMap<>();
        for (String claim : KEPT_CLAIMS) {
            Object value = token.getClaims().get(claim);
            if (value != null) {
                kept.put(claim, value);
            }
        }
        return new OidcIdToken("withheld", token.getIssuedAt(), token.getExpiresAt(), kept);
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
