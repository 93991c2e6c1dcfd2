package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A role an administrator revokes stops working at the resident's next click, not at their next sign-in. */
@MariaDbTest
class RoleRefreshFilterTest {

    @Autowired
    RoleRefreshFilter filter;

    @Autowired
    ResidentService residents;

    @Autowired
    CleanDatabase database;

    ResidentAccount morgane;

    @BeforeEach
    void morganeIsSignedInAsModerator() {
        database.wipe();
        morgane = residents.signIn("demo", "morgane", "Morgane");
        Actors.system();
        residents.grantRole(morgane.id(), Role.MODERATOR);
        Actors.resident(morgane.id(), Role.MODERATOR);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_revoked_role_is_gone_from_the_next_request() throws Exception {
        Authentication session = SecurityContextHolder.getContext().getAuthentication();
        Actors.system();
        residents.revokeRole(morgane.id(), Role.MODERATOR);
        SecurityContextHolder.getContext().setAuthentication(session);

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), new MockFilterChain());

        Authentication refreshed = SecurityContextHolder.getContext().getAuthentication();
        assertThat(Role.MODERATOR.heldBy(refreshed)).isFalse();
        assertThat(Role.RESIDENT.heldBy(refreshed)).isTrue();
        assertThat(refreshed.getPrincipal()).isSameAs(session.getPrincipal());
    }

    @Test
    void a_granted_role_works_from_the_next_request() throws Exception {
        Authentication session = SecurityContextHolder.getContext().getAuthentication();
        Actors.system();
        residents.grantRole(morgane.id(), Role.ADMINISTRATOR);
        SecurityContextHolder.getContext().setAuthentication(session);

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(Role.ADMINISTRATOR.heldBy(SecurityContextHolder.getContext().getAuthentication())).isTrue();
    }
}
