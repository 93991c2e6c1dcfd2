package fr.sensiblecity.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import fr.sensiblecity.base.ui.SignOutTarget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** One filter chain: Vaadin's view access control, OpenID Connect when a provider is configured, demo form login. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Only what Vaadin Flow needs (its documentation, "Content Security Policy"): the bootstrap page starts the
     * client engine with an inline script, the engine builds functions from the expressions the server sends
     * ('unsafe-eval'), and components set inline styles. Everything else comes from this origin; Lumo's icons and
     * fonts are data: URLs. Push uses a WebSocket to this origin, which 'self' covers.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The site uses none of these: a script injected anyway gets no camera, microphone or position. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
            ResidentOidcUserService oidcUsers, RoleRefreshFilter roleRefresh, SessionLifetimes sessionLifetimes)
            throws Exception {
        // Stylesheets and images must load on the sign-in page too, before anyone is signed in.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll()
                // Load balancers ask whether the instance can serve; the answer holds no detail.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/" + LoginView.ROUTE)
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        http.addFilterAfter(roleRefresh, SecurityContextHolderFilter.class);
        http.addFilterAfter(sessionLifetimes, RoleRefreshFilter.class);
        http.headers(headers -> {
            // Vaadin's pages are served through a forward, after which Tomcat completes the response behind
            // Spring Security's back: headers written at commit time (the default) never reach them.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // SAMEORIGIN, as Vaadin's own pages say it, rather than Spring's DENY: one value, matching frame-ancestors.
            headers.frameOptions(frames -> frames.sameOrigin())
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        });
        // X-Content-Type-Options: nosniff and, on HTTPS requests only (behind a TLS proxy: X-Forwarded-Proto),
        // Strict-Transport-Security are Spring Security's defaults and stay on.
        // Mail programs' one-click unsubscribe (RFC 8058) posts without a session: the signed token is the proof.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/email/unsubscribe"));
        // Vaadin denies every address that is not a known view by default, so a mistyped address got a bare
        // 403 instead of the not-found page. Letting such requests through lets the router answer, in the
        // reader's language; views stay protected by their own annotations and services by their permissions.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .logoutSuccessHandler(afterSignOut())
                .anyRequest(anyOtherAddress -> anyOtherAddress.permitAll()));
        return http.build();
    }

    /** Signing out lands on the home page, or where the page that signed the person out asked (account erased). */
    private static LogoutSuccessHandler afterSignOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return SignOutTarget.of(UI.getCurrent()).map(path -> "/" + path)
                        .orElseGet(() -> super.determineTargetUrl(request, response));
            }
        };
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
