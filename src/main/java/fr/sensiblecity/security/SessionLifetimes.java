package fr.sensiblecity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two lifetimes of a session. Every session starts with the short one of anonymous visitors
 * ({@code server.servlet.session.timeout}): Vaadin needs a session for each page it serves, and a visitor who
 * leaves, or a crawler that never runs the page's script, must not leave one behind for hours. An open page keeps
 * its session alive by itself with Vaadin's heartbeat ({@code vaadin.heartbeatInterval}, shorter than that
 * timeout). Once someone is signed in, the session is given the long lifetime of residents
 * ({@code sensible.sessions.signed-in-timeout}), checked on every request so that every way of signing in gets it
 * (demo form, OpenID Connect), including the sign-in request itself.
 */
@Component
class SessionLifetimes extends OncePerRequestFilter {

    private final int signedInSeconds;

    SessionLifetimes(@Value("${sensible.sessions.signed-in-timeout:8h}") Duration signedIn) {
        this.signedInSeconds = (int) Math.min(Integer.MAX_VALUE, signedIn.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        lengthenIfSignedIn(request);
        chain.doFilter(request, response);
        // A sign-in happened during this request: its session (after the change of id) is the resident's now.
        lengthenIfSignedIn(request);
    }

    private void lengthenIfSignedIn(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            int current = session.getMaxInactiveInterval();
            if (current >= 0 && current < signedInSeconds) {
                session.setMaxInactiveInterval(signedInSeconds);
            }
        } catch (IllegalStateException invalidated) {
            // Signed out during this request: the next request starts a new, short session.
        }
    }
}
