package fr.sensiblecity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Keeps no provider tokens after sign-in. The platform calls none of the provider's APIs, so the access token
 * (with which the provider's user-info endpoint would give the resident's name and birth date again) is dropped
 * instead of being held in memory for the rest of the instance's life, as Spring Security does by default.
 */
final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
            @Nullable Authentication principal, HttpServletRequest request) {
        return null;
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, @Nullable Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // Nothing is kept.
    }

    @Override
    public void removeAuthorizedClient(String clientRegistrationId, @Nullable Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // Nothing was kept.
    }
}
