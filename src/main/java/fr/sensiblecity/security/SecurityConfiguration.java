package fr.sensiblecity.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** One filter chain: Vaadin's view access control, OpenID Connect when a provider is configured, demo form login. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
            ResidentOidcUserService oidcUsers, RoleRefreshFilter roleRefresh) throws Exception {
        // Stylesheets and images must load on the sign-in page too, before anyone is signed in.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll()
                // Load balancers ask whether the instance can serve; the answer holds no detail.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/" + LoginView.ROUTE)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        http.addFilterAfter(roleRefresh, SecurityContextHolderFilter.class);
        // Mail programs' one-click unsubscribe (RFC 8058) posts without a session: the signed token is the proof.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/email/unsubscribe"));
        // Vaadin denies every address that is not a known view by default, so a mistyped address got a bare
        // 403 instead of the not-found page. Letting such requests through lets the router answer, in the
        // reader's language; views stay protected by their own annotations and services by their permissions.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .anyRequest(anyOtherAddress -> anyOtherAddress.permitAll()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
