package org.gridvoice.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session's roles as they are now, not as they were at sign-in: every request
 * (Vaadin's round trips included) reads the user's roles and whether the account is disabled in one
 * indexed query. Changed roles replace the authentication in the context and the session before
 * anything is authorised, so routes and method security see them at once; a disabled or deleted
 * account is signed out, and so is every session begun before the account's session epoch moved on
 * (password reset, role revocation). Nothing is cached, so every app instance behind the balancer agrees.
 */
final class CurrentRolesFilter extends OncePerRequestFilter {

    private static final List<String> STATIC_PATHS = List.of("/VAADIN/", "/styles/", "/scripts/", "/webjars/", "/images/",
            "/icons/", "/favicon");

    private record Holding(boolean disabled, int sessionEpoch, String role) {
    }

    private final JdbcClient jdbc;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentRolesFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignedInUser user) {
            List<Holding> now = jdbc.sql("""
                    SELECT u.disabled, u.session_epoch, g.role FROM account_user u LEFT JOIN account_role_grant g ON g.user_id = u.id
                    WHERE u.id = :id""")
                    .param("id", user.id())
                    .query((rs, row) -> new Holding(rs.getBoolean(1), rs.getInt(2), rs.getString(3))).list();
            if (now.isEmpty() || now.getFirst().disabled() || now.getFirst().sessionEpoch() != user.sessionEpoch()) {
                signOut(request);
            } else {
                Set<Role> roles = now.stream().map(Holding::role).filter(Objects::nonNull).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                if (!roles.equals(user.roles())) {
                    replace(current, user.withRoles(roles), request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void replace(Authentication current, SignedInUser refreshed, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
