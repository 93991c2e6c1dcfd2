package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.TownHallLists;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The sign-in's own step, with a real ID token as a provider sends it (no user-info endpoint): the identity is
 * matched against the town hall's list, and the principal that the session keeps holds none of it.
 */
@MariaDbTest
class ResidentOidcSignInTest {

    private static final String ISSUER = "https://idp.example";

    @Autowired
    ResidentOidcUserService oidcUsers;

    @Autowired
    TownHallLists lists;

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CleanDatabase database;

    TerritorySummary valbrume;

    @BeforeEach
    void aCommuneWithItsRoll() {
        database.wipe();
        Actors.system();
        valbrume = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("Le Bourg")));
        long admin = residents.signIn("demo", "adrien", "Adrien").id();
        Actors.resident(admin, Role.ADMINISTRATOR);
        lists.replaceList(valbrume.id(), new ByteArrayInputStream(
                "Quéméner;Rose Marie;15/06/1984\n".getBytes(StandardCharsets.UTF_8)));
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_listed_resident_is_verified_at_sign_in_and_the_session_keeps_none_of_the_identity() throws IOException {
        OidcUser rose = oidcUsers.loadUser(request("rose", "QUEMENER", "Rose", "1984-06-15"));

        long id = ((ResidentPrincipal) rose).residentId();
        assertThat(jdbc.queryForList("select method from residency_verification where resident_id = ? and territory_id = ?",
                String.class, id, valbrume.id())).containsExactly("TOWN_HALL_LIST");
        assertThat(rose.getClaims().keySet()).isSubsetOf(Set.of("iss", "sub", "aud", "iat", "exp", "auth_time"))
                .contains("sub");
        assertThat(rose.getSubject()).isEqualTo("rose");
        assertThat(rose.getIdToken().getTokenValue()).isEqualTo("withheld");
        assertThat(rose.getUserInfo()).isNull();
        String session = serialized(rose);
        assertThat(session).doesNotContainIgnoringCase("quemener").doesNotContain("1984-06-15")
                .doesNotContain("header.payload");
    }

    @Test
    void a_resident_who_is_not_on_the_roll_or_whose_provider_gives_no_birth_date_is_not_verified() {
        OidcUser other = oidcUsers.loadUser(request("other", "Quéméner", "Rose", "1984-06-14"));
        OidcUser noDate = oidcUsers.loadUser(request("nodate", "Quéméner", "Rose", null));

        for (OidcUser user : List.of(other, noDate)) {
            assertThat(jdbc.queryForObject("select count(*) from residency_verification where resident_id = ?",
                    Integer.class, ((ResidentPrincipal) user).residentId())).isZero();
        }
    }

    private static OidcUserRequest request(String subject, String family, String given, String birthdate) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("test-idp").clientId("sensible-city")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(ISSUER + "/authorize").tokenUri(ISSUER + "/token").jwkSetUri(ISSUER + "/jwks")
                .scope("openid").build();
        Instant now = Instant.now();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(300), Set.of("openid"));
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("header.payload.signature").issuer(ISSUER)
                .subject(subject).audience(List.of("sensible-city")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("preferred_username", "Rose " + subject).claim("family_name", family).claim("given_name", given);
        if (birthdate != null) {
            token.claim("birthdate", birthdate);
        }
        return new OidcUserRequest(registration, access, token.build(), Map.of());
    }

    private static String serialized(Object principal) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(principal);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
