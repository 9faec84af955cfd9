package org.gridvoice.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.account.GrantForm;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleGrantSummary;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A signed-in session whose roles change: each request runs through the real security filter
 * chain, and the services behind it (method security) see the roles as they are now.
 */
@GridVoiceTest
class RoleChangesTakeEffectTest {

    @Autowired FilterChainProxy securityFilters;
    @Autowired RoleService roles;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** A session as the sign-in left it: the user with the roles they held then. */
    private static MockHttpSession sessionOf(SignedInUser user) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** One request of that session; returns what the services saw as the caller, after running {@code work}. */
    private Authentication request(MockHttpSession session, Runnable work) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        securityFilters.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.set(SecurityContextHolder.getContext().getAuthentication());
            try {
                work.run();
            } catch (RuntimeException e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        return seen.get();
    }

    private Long adminGrantOf(SignedInUser user) {
        return jdbc.sql("SELECT id FROM account_role_grant WHERE user_id = :u AND role = 'ADMIN'").param("u", user.id())
                .query(Long.class).single();
    }

    @Test
    void a_revoked_administrator_is_refused_by_the_services_on_the_very_next_request() throws Exception {
        SignedInUser admin = people.admin();
        MockHttpSession session = sessionOf(admin);
        request(session, () -> roles.accounts(null, PageRequest.of(0, 1)));

        People.actAs(people.admin());
        roles.revoke(adminGrantOf(admin));
        People.signOut();

        assertThatThrownBy(() -> request(session, () -> roles.accounts(null, PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(session.isInvalid()).as("every session of the revoked account ends").isTrue();
    }

    @Test
    void a_role_removed_through_another_app_instance_is_gone_here_on_the_next_request() throws Exception {
        SignedInUser admin = people.admin();
        MockHttpSession session = sessionOf(admin);
        request(session, () -> roles.accounts(null, PageRequest.of(0, 1)));

        // another instance behind the balancer revoked it: only the shared database knows, nothing was said to this one
        jdbc.sql("DELETE FROM account_role_grant WHERE id = :g").param("g", adminGrantOf(admin)).update();

        assertThatThrownBy(() -> request(session, () -> roles.accounts(null, PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(session.isInvalid()).as("the session goes on, without the role").isFalse();
    }

    @Test
    void a_granted_role_works_on_the_next_request_without_signing_in_again() throws Exception {
        SignedInUser resident = people.resident();
        MockHttpSession session = sessionOf(resident);
        assertThatThrownBy(() -> request(session, () -> roles.accounts(null, PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);

        People.actAs(people.admin());
        RoleGrantSummary grant = roles.grant(resident.id(), new GrantForm(Role.ADMIN, null, null));
        People.signOut();

        Authentication seen = request(session, () -> roles.accounts(null, PageRequest.of(0, 1)));
        assertThat(seen.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        assertThat(((SignedInUser) seen.getPrincipal()).has(Role.ADMIN)).isTrue();
        assertThat(grant.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_request() throws Exception {
        SignedInUser admin = people.admin();
        MockHttpSession session = sessionOf(admin);
        jdbc.sql("UPDATE account_user SET disabled = TRUE WHERE id = :id").param("id", admin.id()).update();

        Authentication seen = request(session, () -> { });
        assertThat(seen == null || !(seen.getPrincipal() instanceof SignedInUser)).as("signed out").isTrue();
        assertThat(session.isInvalid()).isTrue();
    }
}
