package org.gridvoice.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF defence: Vaadin's sign-in form posts to {@code /login} without Spring's CSRF token, so a
 * sign-in is only accepted when the browser says it comes from this very site. The {@code Origin}
 * header (sent by browsers with every form POST), or failing that the {@code Referer}, must name this
 * app's scheme, host and port; a foreign, opaque ({@code null}) or missing origin is refused with 403,
 * so a third-party page cannot sign a visitor into someone else's account. Behind a trusted proxy the
 * app's own origin is the forwarded one ({@code server.forward-headers-strategy}).
 */
final class LoginOriginFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equalsIgnoreCase(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // a plain answer, not sendError: the error dispatch would redirect to the login page and hide the refusal
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was not sent from this site.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null || claimed.isBlank()) {
            claimed = request.getHeader("Referer");
        }
        if (claimed == null || claimed.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(claimed.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort())
                    .equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int p = port >= 0 ? port : ("https".equals(s) ? 443 : 80);
        return s + "://" + host.toLowerCase(Locale.ROOT) + ":" + p;
    }
}
